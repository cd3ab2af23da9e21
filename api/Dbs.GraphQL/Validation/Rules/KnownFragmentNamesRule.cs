using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.5.2.1 Fragment Spread Target Defined
// (https://spec.graphql.org/September2025/#sec-Fragment-Spread-Target-Defined):
// "For every namedSpread in the document: Let fragment be the target of namedSpread. fragment must be defined in
// the document."

/// <summary>Rejects a spread of a fragment the document does not define.</summary>
public sealed class KnownFragmentNamesRule(ValidationContext context) : ValidationVisitor
{
    public override bool EnterFragmentSpread(FragmentSpreadNode node)
    {
        if (context.GetFragment(node.Name.Value) is null)
        {
            context.ReportError(new GraphQLError($"Unknown fragment \"{node.Name.Value}\".", [node.Name]));
        }

        return true;
    }
}
