namespace Dbs.GraphQL.Execution;

/// <summary>What a <see cref="ResultSlot"/> holds.</summary>
internal enum ResultKind : byte
{
    Null,
    String,
    Int,
    Float,
    True,
    False,
    Object,
    List,

    /// <summary>A custom scalar's serialized output: any JSON-like CLR value.</summary>
    Value,
}
