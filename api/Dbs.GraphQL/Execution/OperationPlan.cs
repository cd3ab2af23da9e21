using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Execution;

/// <summary>An operation compiled for one outcome of its @skip/@include conditions: its root selection set.</summary>
internal sealed class OperationPlan(OperationDefinitionNode operation, ObjectType rootType, SelectionSetPlan root)
{
    public OperationDefinitionNode Operation { get; } = operation;

    public ObjectType RootType { get; } = rootType;

    public SelectionSetPlan Root { get; } = root;
}
