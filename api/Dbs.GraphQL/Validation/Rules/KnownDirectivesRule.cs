using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.7.1 Directives Are Defined (https://spec.graphql.org/September2025/#sec-Directives-Are-Defined):
// "For every directive in a document: Let directiveName be the name of directive. Let directiveDefinition be the
// directive named directiveName. directiveDefinition must exist."
//
// Spec §5.7.2 Directives Are in Valid Locations
// (https://spec.graphql.org/September2025/#sec-Directives-Are-in-Valid-Locations):
// "For every directive in a document: Let directiveName be the name of directive. Let directiveDefinition be the
// directive named directiveName. Let locations be the valid locations for directiveDefinition. Let adjacent be the
// AST node the directive affects. adjacent must be represented by an item within locations."

/// <summary>Rejects unknown directives and directives used where their definition does not allow them.</summary>
public sealed class KnownDirectivesRule(ValidationContext context) : ValidationVisitor
{
    private Dictionary<string, IReadOnlyList<DirectiveLocation>>? _locations;

    public override bool EnterDirective(DirectiveNode node)
    {
        var name = node.Name.Value;
        if (!Locations.TryGetValue(name, out var locations))
        {
            context.ReportError(new GraphQLError($"Unknown directive \"@{name}\".", [node]));
            return true;
        }

        if (CandidateLocation() is { } candidate && !locations.Contains(candidate))
        {
            context.ReportError(new GraphQLError($"Directive \"@{name}\" may not be used on {candidate}.", [node]));
        }

        return true;
    }

    // The schema's directives, and those the document itself defines (which win).
    private Dictionary<string, IReadOnlyList<DirectiveLocation>> Locations
    {
        get
        {
            if (_locations is not null)
            {
                return _locations;
            }

            _locations = new Dictionary<string, IReadOnlyList<DirectiveLocation>>(StringComparer.Ordinal);
            foreach (var directive in context.Schema.Directives)
            {
                _locations[directive.Name] = directive.Locations;
            }

            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    var locations = new List<DirectiveLocation>();
                    foreach (var location in directive.Locations)
                    {
                        if (Enum.TryParse<DirectiveLocation>(location.Value, out var parsed))
                        {
                            locations.Add(parsed);
                        }
                    }

                    _locations[directive.Name.Value] = locations;
                }
            }

            return _locations;
        }
    }

    private DirectiveLocation? CandidateLocation() => context.GetAncestor(1) switch
    {
        OperationDefinitionNode operation => operation.Operation switch
        {
            OperationType.Mutation => DirectiveLocation.MUTATION,
            OperationType.Subscription => DirectiveLocation.SUBSCRIPTION,
            _ => DirectiveLocation.QUERY,
        },
        FieldNode => DirectiveLocation.FIELD,
        FragmentSpreadNode => DirectiveLocation.FRAGMENT_SPREAD,
        InlineFragmentNode => DirectiveLocation.INLINE_FRAGMENT,
        FragmentDefinitionNode => DirectiveLocation.FRAGMENT_DEFINITION,
        VariableDefinitionNode => DirectiveLocation.VARIABLE_DEFINITION,
        SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.SCHEMA,
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.SCALAR,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.OBJECT,
        FieldDefinitionNode => DirectiveLocation.FIELD_DEFINITION,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.INTERFACE,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.UNION,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.ENUM,
        EnumValueDefinitionNode => DirectiveLocation.ENUM_VALUE,
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.INPUT_OBJECT,

        // As in graphql-js, only a field of an input object definition (not of an extension) is an input field.
        InputValueDefinitionNode => context.GetAncestor(2) is InputObjectTypeDefinitionNode
            ? DirectiveLocation.INPUT_FIELD_DEFINITION
            : DirectiveLocation.ARGUMENT_DEFINITION,
        DirectiveDefinitionNode or DirectiveExtensionNode => DirectiveLocation.DIRECTIVE_DEFINITION,
        _ => null,
    };
}
