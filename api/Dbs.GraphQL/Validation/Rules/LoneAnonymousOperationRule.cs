using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.2.3.1 Lone Anonymous Operation (https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation):
// "Let operations be all operation definitions in the document. Let anonymous be all anonymous operation
// definitions in the document. If operations is a set of more than 1: anonymous must be empty."

/// <summary>Rejects an operation without a name when the document holds more than one operation.</summary>
public sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationVisitor
{
    private int _operationCount;

    public override bool EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode)
            {
                _operationCount++;
            }
        }

        return true;
    }

    public override bool EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is null && _operationCount > 1)
        {
            context.ReportError(new GraphQLError("This anonymous operation must be the only defined operation.", [node]));
        }

        return true;
    }
}
