namespace Dbs.GraphQL.Language;

/// <summary>An extension of a named type (spec §3.4.3 Type Extensions).</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    public required NameNode Name { get; init; }
}
