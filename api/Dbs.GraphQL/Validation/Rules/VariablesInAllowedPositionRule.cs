using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.8.5 All Variable Usages Are Allowed
// (https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed):
// "For each operation in document: Let variableUsages be all usages transitively included in the operation. For
// each variableUsage in variableUsages: Let variableName be the name of variableUsage. Let variableDefinition be
// the VariableDefinition named variableName defined within operation. IsVariableUsageAllowed(variableDefinition,
// variableUsage) must be true."
//
// IsVariableUsageAllowed lets a nullable variable stand in a non-null position when the variable or the position
// has a default value; a variable in a field of a OneOf Input Object must be non-null.

/// <summary>Rejects a variable used where its declared type does not fit the expected type.</summary>
public sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationVisitor
{
    private Dictionary<string, VariableDefinitionNode>? _definitions;

    public override bool EnterOperationDefinition(OperationDefinitionNode node)
    {
        _definitions?.Clear();
        return true;
    }

    public override bool EnterVariableDefinition(VariableDefinitionNode node)
    {
        (_definitions ??= new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal))[node.Variable.Name.Value] = node;
        return true;
    }

    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        var usages = context.GetRecursiveVariableUsages(node);
        for (var i = 0; i < usages.Count; i++)
        {
            var usage = usages[i];
            var name = usage.Node.Name.Value;
            if (usage.Type is not { } locationType || _definitions is null || !_definitions.TryGetValue(name, out var definition))
            {
                continue;
            }

            var variableType = TypeFromAst.Resolve(context.Schema, definition.Type);
            if (variableType is not null && !IsAllowed(variableType, definition.DefaultValue, locationType, usage.HasLocationDefaultValue))
            {
                context.ReportError(new GraphQLError(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    [definition, usage.Node]));
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } parentType && variableType is not null and not NonNullType)
            {
                context.ReportError(new GraphQLError(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{parentType}\".",
                    [definition, usage.Node]));
            }
        }
    }

    private bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool hasLocationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !hasLocationDefault)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(context.Schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(context.Schema, variableType, locationType);
    }
}
