using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.8.1 Variable Uniqueness (https://spec.graphql.org/September2025/#sec-Variable-Uniqueness):
// "For every operation in the document: For every variable defined on operation: Let variableName be the name of
// variable. Let variables be the set of all variables named variableName on operation. variables must be a set of
// one."

/// <summary>Rejects an operation that declares a variable name more than once (one error per name, naming every declaration).</summary>
public sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationVisitor
{
    public override bool EnterOperationDefinition(OperationDefinitionNode node)
    {
        foreach (var (name, nodes) in Duplicates.Find(node.VariableDefinitions, d => d.Variable.Name))
        {
            context.ReportError(new GraphQLError($"There can be only one variable named \"${name}\".", nodes));
        }

        return true;
    }
}
