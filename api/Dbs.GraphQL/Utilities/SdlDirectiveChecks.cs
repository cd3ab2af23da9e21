using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Utilities;

/// <summary>
/// The checks graphql-js's SDL validation makes on directives applied in type system definitions, with its
/// messages: known directive (KnownDirectives), allowed location, once per location unless repeatable
/// (UniqueDirectivesPerLocation; a type's definition and extensions count as one location), known and unique
/// argument names (KnownArgumentNamesOnDirectives, UniqueArgumentNames) and required arguments
/// (ProvidedRequiredArgumentsOnDirectives). So that a misspelt <c>@deprecated</c> never passes unnoticed.
/// </summary>
internal static class SdlDirectiveChecks
{
    public static IEnumerable<GraphQLError> Check(DocumentNode document, IReadOnlyList<DirectiveDefinition> directives)
    {
        var byName = new Dictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            byName.TryAdd(directive.Name, directive);
        }

        var errors = new List<GraphQLError>();
        var seenOnTypes = new Dictionary<string, Dictionary<string, DirectiveNode>>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode or SchemaExtensionNode:
                    CheckDirectives(((IHasDirectives)definition).Directives, DirectiveLocation.SCHEMA, byName, errors, new(StringComparer.Ordinal));
                    break;
                case TypeDefinitionNode or TypeExtensionNode:
                    var typeName = definition is TypeDefinitionNode typeDefinition ? typeDefinition.Name.Value : ((TypeExtensionNode)definition).Name.Value;
                    if (!seenOnTypes.TryGetValue(typeName, out var seen))
                    {
                        seenOnTypes[typeName] = seen = new(StringComparer.Ordinal);
                    }

                    CheckDirectives(((IHasDirectives)definition).Directives, TypeLocation(definition), byName, errors, seen);
                    CheckMembers(definition, byName, errors);
                    break;
                case DirectiveDefinitionNode directiveDefinition:
                    CheckDirectives(directiveDefinition.Directives, DirectiveLocation.DIRECTIVE_DEFINITION, byName, errors, new(StringComparer.Ordinal));
                    CheckInputValues(directiveDefinition.Arguments, DirectiveLocation.ARGUMENT_DEFINITION, byName, errors);
                    break;
            }
        }

        return errors;
    }

    private static DirectiveLocation TypeLocation(Node node) => node switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.SCALAR,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.OBJECT,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.INTERFACE,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.UNION,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.ENUM,
        _ => DirectiveLocation.INPUT_OBJECT,
    };

    private static void CheckMembers(Node definition, Dictionary<string, DirectiveDefinition> byName, List<GraphQLError> errors)
    {
        IReadOnlyList<FieldDefinitionNode> fields = definition switch
        {
            ObjectTypeDefinitionNode o => o.Fields,
            ObjectTypeExtensionNode o => o.Fields,
            InterfaceTypeDefinitionNode i => i.Fields,
            InterfaceTypeExtensionNode i => i.Fields,
            _ => [],
        };
        foreach (var field in fields)
        {
            CheckDirectives(field.Directives, DirectiveLocation.FIELD_DEFINITION, byName, errors, new(StringComparer.Ordinal));
            CheckInputValues(field.Arguments, DirectiveLocation.ARGUMENT_DEFINITION, byName, errors);
        }

        IReadOnlyList<EnumValueDefinitionNode> values = definition switch
        {
            EnumTypeDefinitionNode e => e.Values,
            EnumTypeExtensionNode e => e.Values,
            _ => [],
        };
        foreach (var value in values)
        {
            CheckDirectives(value.Directives, DirectiveLocation.ENUM_VALUE, byName, errors, new(StringComparer.Ordinal));
        }

        IReadOnlyList<InputValueDefinitionNode> inputFields = definition switch
        {
            InputObjectTypeDefinitionNode i => i.Fields,
            InputObjectTypeExtensionNode i => i.Fields,
            _ => [],
        };
        CheckInputValues(inputFields, DirectiveLocation.INPUT_FIELD_DEFINITION, byName, errors);
    }

    private static void CheckInputValues(IReadOnlyList<InputValueDefinitionNode> values, DirectiveLocation location,
        Dictionary<string, DirectiveDefinition> byName, List<GraphQLError> errors)
    {
        foreach (var value in values)
        {
            CheckDirectives(value.Directives, location, byName, errors, new(StringComparer.Ordinal));
        }
    }

    private static void CheckDirectives(IReadOnlyList<DirectiveNode> applied, DirectiveLocation location,
        Dictionary<string, DirectiveDefinition> byName, List<GraphQLError> errors, Dictionary<string, DirectiveNode> seen)
    {
        foreach (var node in applied)
        {
            var name = node.Name.Value;
            if (!byName.TryGetValue(name, out var directive))
            {
                errors.Add(new GraphQLError($"Unknown directive \"@{name}\".", [node]));
                continue;
            }

            if (!directive.Locations.Contains(location))
            {
                errors.Add(new GraphQLError($"Directive \"@{name}\" may not be used on {location}.", [node]));
            }

            if (!directive.IsRepeatable)
            {
                if (seen.TryGetValue(name, out var first))
                {
                    errors.Add(new GraphQLError($"The directive \"@{name}\" can only be used once at this location.", [first, node]));
                }
                else
                {
                    seen[name] = node;
                }
            }

            CheckArguments(node, directive, errors);
        }
    }

    private static void CheckArguments(DirectiveNode node, DirectiveDefinition directive, List<GraphQLError> errors)
    {
        var given = new Dictionary<string, List<ArgumentNode>>(StringComparer.Ordinal);
        foreach (var argument in node.Arguments)
        {
            var name = argument.Name.Value;
            if (!directive.Arguments.Contains(name))
            {
                errors.Add(new GraphQLError($"Unknown argument \"{name}\" on directive \"@{directive.Name}\"."
                    + SuggestionList.DidYouMean(SuggestionList.Suggest(name, directive.Arguments.Names)), [argument]));
            }

            if (!given.TryGetValue(name, out var list))
            {
                given[name] = list = [];
            }

            list.Add(argument);
        }

        foreach (var (name, arguments) in given)
        {
            if (arguments.Count > 1)
            {
                errors.Add(new GraphQLError($"There can be only one argument named \"{name}\".", [.. arguments.Select(a => a.Name)]));
            }
        }

        foreach (var argument in directive.Arguments)
        {
            if (argument.IsRequired && !given.ContainsKey(argument.Name))
            {
                errors.Add(new GraphQLError(
                    $"Directive \"@{directive.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                    [node]));
            }
        }
    }
}
