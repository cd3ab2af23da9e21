using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.8.3 All Variable Uses Defined (https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined):
// "For each operation in a document: For each variableUsage in scope, variable must be in operation's variable
// list. Let fragments be every fragment referenced by that operation transitively. For each fragment in
// fragments: For each variableUsage in scope of fragment, variable must be in operation's variable list."

/// <summary>Rejects a use of a variable the operation does not declare, in the operation or a fragment it reaches.</summary>
public sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationVisitor
{
    private HashSet<string>? _defined;

    public override bool EnterOperationDefinition(OperationDefinitionNode node)
    {
        _defined?.Clear();
        return true;
    }

    public override bool EnterVariableDefinition(VariableDefinitionNode node)
    {
        (_defined ??= new HashSet<string>(StringComparer.Ordinal)).Add(node.Variable.Name.Value);
        return true;
    }

    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        var usages = context.GetRecursiveVariableUsages(node);
        for (var i = 0; i < usages.Count; i++)
        {
            var name = usages[i].Node.Name.Value;
            if (_defined is null || !_defined.Contains(name))
            {
                context.ReportError(new GraphQLError(
                    node.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.",
                    [usages[i].Node, node]));
            }
        }
    }
}
