using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.8.4 All Variables Used (https://spec.graphql.org/September2025/#sec-All-Variables-Used):
// "For every operation in the document: Let variables be the variables defined by that operation. Each variable
// in variables must be used at least once in either the operation scope itself or any fragment transitively
// referenced by that operation."

/// <summary>Rejects a declared variable that neither the operation nor a fragment it reaches uses.</summary>
public sealed class NoUnusedVariablesRule(ValidationContext context) : ValidationVisitor
{
    private List<VariableDefinitionNode>? _definitions;

    public override bool EnterOperationDefinition(OperationDefinitionNode node)
    {
        _definitions?.Clear();
        return true;
    }

    public override bool EnterVariableDefinition(VariableDefinitionNode node)
    {
        (_definitions ??= []).Add(node);
        return true;
    }

    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        if (_definitions is null || _definitions.Count == 0)
        {
            // graphql-js asks for the usages regardless; the call is what charges its fragment budget.
            context.GetRecursiveVariableUsages(node);
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var usages = context.GetRecursiveVariableUsages(node);
        for (var i = 0; i < usages.Count; i++)
        {
            used.Add(usages[i].Node.Name.Value);
        }

        foreach (var definition in _definitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                context.ReportError(new GraphQLError(
                    node.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.",
                    [definition]));
            }
        }
    }
}
