namespace Dbs.GraphQL.Language;

/// <summary>An <c>extend scalar</c> definition (spec §3.5.1 Scalar Extensions).</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.ScalarTypeExtension;
}
