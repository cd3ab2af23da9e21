using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Validation;

/// <summary>
/// One use of a variable in an operation or fragment: the input type expected where it stands, whether that
/// argument or input field has a default value, and the type of the list or input object holding it (spec §5.8.5
/// "IsVariableUsageAllowed" needs all three).
/// </summary>
public readonly record struct VariableUsage(
    VariableNode Node,
    GraphQLType? Type,
    bool HasLocationDefaultValue,
    GraphQLType? ParentType);
