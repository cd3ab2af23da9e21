namespace Dbs.GraphQL.Language;

/// <summary>The three operation types (spec §2.3 OperationType).</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
