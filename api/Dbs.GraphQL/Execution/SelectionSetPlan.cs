using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Execution;

/// <summary>
/// The collected fields of one selection set for one object type (spec §6.3.2 CollectFields, with the fields of
/// equal response names merged), compiled once per document, operation and @skip/@include outcome.
/// </summary>
internal sealed class SelectionSetPlan(ObjectType type, FieldPlan[] fields, GraphQLError? error = null)
{
    public ObjectType Type { get; } = type;

    public FieldPlan[] Fields { get; } = fields;

    /// <summary>A failure to evaluate @skip/@include while collecting; the fields are then empty.</summary>
    public GraphQLError? Error { get; } = error;
}
