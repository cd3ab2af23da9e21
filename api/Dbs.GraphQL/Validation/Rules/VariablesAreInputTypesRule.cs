using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.8.2 Variables Are Input Types (https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types):
// "For every operation in a document: For every variable on each operation: Let variableType be the type of
// variable. IsInputType(variableType) must be true."

/// <summary>Rejects a variable declared with an object, interface or union type.</summary>
public sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationVisitor
{
    public override bool EnterVariableDefinition(VariableDefinitionNode node)
    {
        // Unknown types are KnownTypeNamesRule's to report.
        if (TypeFromAst.Resolve(context.Schema, node.Type) is { IsInputType: false } type)
        {
            context.ReportError(new GraphQLError(
                $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{type}\".", [node.Type]));
        }

        return true;
    }
}
