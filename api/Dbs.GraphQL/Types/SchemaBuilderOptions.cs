namespace Dbs.GraphQL.Types;

/// <summary>Switches for <see cref="SchemaBuilder.Create"/>.</summary>
public sealed class SchemaBuilderOptions
{
    /// <summary>
    /// Require every field to be bound explicitly: to a registered resolver or to a member of its type's bound
    /// runtime type. Off by default, so that SDL with dictionary parents works without bindings.
    /// </summary>
    public bool StrictBinding { get; set; }

    /// <summary>Run <see cref="SchemaValidator"/> and fail on its errors (on by default).</summary>
    public bool ValidateSchema { get; set; } = true;
}
