using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.5.1.4 Fragments Must Be Used (https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used):
// "For each fragment defined in the document: fragment must be the target of at least one spread in the
// document."
//
// As in graphql-js, a spread counts only if an operation reaches it: fragments spread only by unused fragments
// are unused too.

/// <summary>Rejects a fragment that no operation reaches.</summary>
public sealed class NoUnusedFragmentsRule(ValidationContext context) : ValidationVisitor
{
    private readonly List<OperationDefinitionNode> _operations = [];
    private List<FragmentDefinitionNode>? _fragments;

    public override bool EnterOperationDefinition(OperationDefinitionNode node)
    {
        _operations.Add(node);
        return false;
    }

    public override bool EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        (_fragments ??= []).Add(node);
        return false;
    }

    public override void LeaveDocument(DocumentNode node)
    {
        var referenced = context.GetRecursivelyReferencedFragments(_operations);
        if (_fragments is null)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in referenced)
        {
            used.Add(fragment.Name.Value);
        }

        foreach (var fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                context.ReportError(new GraphQLError($"Fragment \"{fragment.Name.Value}\" is never used.", [fragment]));
            }
        }
    }
}
