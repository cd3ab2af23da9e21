namespace Dbs.GraphQL.Execution;

/// <summary>How the executor obtains a field's value, chosen once per field plan.</summary>
internal enum FieldMode : byte
{
    /// <summary><c>__typename</c>: the parent type's name.</summary>
    TypeName,

    /// <summary>A compiled getter of a <c>string</c> member for a String or ID field.</summary>
    ReadString,

    /// <summary>A compiled getter of an <c>int</c> member for an Int field.</summary>
    ReadInt,

    /// <summary>A compiled getter of a <c>double</c> member for a Float field.</summary>
    ReadFloat,

    /// <summary>A compiled getter of a <c>bool</c> member for a Boolean field.</summary>
    ReadBoolean,

    /// <summary>The default binding's synchronous reader (<see cref="Types.FieldDefinition.ParentReader"/>).</summary>
    ReadParent,

    /// <summary>The field's resolver, with a resolver context.</summary>
    Resolve,
}
