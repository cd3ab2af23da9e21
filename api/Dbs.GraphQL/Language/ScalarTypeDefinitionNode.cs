namespace Dbs.GraphQL.Language;

/// <summary>A scalar type definition (spec §3.5 Scalars).</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.ScalarTypeDefinition;
}
