namespace Dbs.GraphQL.Language;

/// <summary>A variable reference such as <c>$id</c> (spec §2.10 Variables).</summary>
public sealed class VariableNode : ValueNode
{
    public override Kind Kind => Kind.Variable;

    public required NameNode Name { get; init; }
}
