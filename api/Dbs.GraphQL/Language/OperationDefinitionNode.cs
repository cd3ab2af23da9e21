namespace Dbs.GraphQL.Language;

/// <summary>A query, mutation or subscription, named or anonymous (spec §2.3 Operations).</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public override Kind Kind => Kind.OperationDefinition;

    public OperationType Operation { get; init; }

    public NameNode? Name { get; init; }
}
