using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.1.1 Executable Definitions (https://spec.graphql.org/September2025/#sec-Executable-Definitions):
// "For each definition definition in the document: definition must be ExecutableDefinition (it must not be
// TypeSystemDefinitionOrExtension)."

/// <summary>Rejects type system definitions and extensions in a document that is to be executed.</summary>
public sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationVisitor
{
    public override bool EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode type => Quote(type.Name.Value),
                TypeExtensionNode type => Quote(type.Name.Value),
                DirectiveDefinitionNode directive => Quote(directive.Name.Value),
                DirectiveExtensionNode directive => Quote(directive.Name.Value),
                _ => throw new InvalidOperationException($"Unexpected definition {definition.Kind}."),
            };
            context.ReportError(new GraphQLError($"The {name} definition is not executable.", [definition]));
        }

        // Nothing below the document concerns this rule.
        return false;
    }

    private static string Quote(string name) => "\"" + name + "\"";
}
