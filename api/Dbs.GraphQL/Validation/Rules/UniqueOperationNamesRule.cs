using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.2.2.1 Operation Name Uniqueness (https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness):
// "For each operation definition operation in the document: Let operationName be the name of operation. If
// operationName exists: Let operations be all operation definitions in the document named operationName.
// operations must be a set of one."

/// <summary>Rejects a second operation with the name of an earlier one.</summary>
public sealed class UniqueOperationNamesRule(ValidationContext context) : ValidationVisitor
{
    private Dictionary<string, NameNode>? _knownNames;

    public override bool EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is { } name)
        {
            _knownNames ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
            if (_knownNames.TryGetValue(name.Value, out var first))
            {
                context.ReportError(new GraphQLError($"There can be only one operation named \"{name.Value}\".", [first, name]));
            }
            else
            {
                _knownNames.Add(name.Value, name);
            }
        }

        return false;
    }

    public override bool EnterFragmentDefinition(FragmentDefinitionNode node) => false;
}
