using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.5.1.1 Fragment Name Uniqueness (https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness):
// "For each fragment definition fragment in the document: Let fragmentName be the name of fragment. Let fragments
// be all fragment definitions in the document named fragmentName. fragments must be a set of one."

/// <summary>Rejects a second fragment with the name of an earlier one.</summary>
public sealed class UniqueFragmentNamesRule(ValidationContext context) : ValidationVisitor
{
    private Dictionary<string, NameNode>? _knownNames;

    public override bool EnterOperationDefinition(OperationDefinitionNode node) => false;

    public override bool EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        var name = node.Name;
        _knownNames ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
        if (_knownNames.TryGetValue(name.Value, out var first))
        {
            context.ReportError(new GraphQLError($"There can be only one fragment named \"{name.Value}\".", [first, name]));
        }
        else
        {
            _knownNames.Add(name.Value, name);
        }

        return false;
    }
}
