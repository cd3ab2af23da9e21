using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.4.2 Argument Uniqueness (https://spec.graphql.org/September2025/#sec-Argument-Uniqueness):
// "For each argument in the Document: Let argumentName be the Name of argument. Let arguments be all Arguments
// named argumentName in the Argument Set which contains argument. arguments must be the set containing only
// argument."

/// <summary>Rejects a field or directive given the same argument twice (one error per name, naming every occurrence).</summary>
public sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationVisitor
{
    public override bool EnterField(FieldNode node)
    {
        Check(node.Arguments);
        return true;
    }

    public override bool EnterDirective(DirectiveNode node)
    {
        Check(node.Arguments);
        return true;
    }

    private void Check(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var (name, nodes) in Duplicates.Find(arguments, a => a.Name))
        {
            context.ReportError(new GraphQLError($"There can be only one argument named \"{name}\".", nodes));
        }
    }
}
