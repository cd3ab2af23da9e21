using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.5.1.2 Fragment Spread Type Existence
// (https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence):
// "For each named spread namedSpread in the document: Let fragment be the target of namedSpread. The target type
// of fragment must be defined in the schema."
//
// As in graphql-js, every type reference is checked (fragment and inline fragment conditions, variable types),
// and types defined by the document itself count as known.

/// <summary>Rejects a reference to a type that neither the schema nor the document defines.</summary>
public sealed class KnownTypeNamesRule(ValidationContext context) : ValidationVisitor
{
    private static readonly string[] StandardTypeNames =
    [
        .. Scalars.SpecifiedScalarTypes.Select(t => t.Name),
        .. Introspection.IntrospectionTypes.Select(t => t.Name),
    ];

    private HashSet<string>? _definedTypes;

    public override bool EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is TypeDefinitionNode type)
            {
                (_definedTypes ??= new HashSet<string>(StringComparer.Ordinal)).Add(type.Name.Value);
            }
        }

        return true;
    }

    public override bool EnterNamedType(NamedTypeNode node)
    {
        var typeName = node.Name.Value;
        if (context.Schema.GetType(typeName) is not null || (_definedTypes?.Contains(typeName) ?? false))
        {
            return true;
        }

        var isTypeSystem = context.Definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
        if (isTypeSystem && StandardTypeNames.Contains(typeName))
        {
            return true;
        }

        var suggestions = context.IncludeSuggestions ? SuggestionList.Suggest(typeName, Candidates(isTypeSystem)) : [];
        context.ReportError(new GraphQLError($"Unknown type \"{typeName}\"." + SuggestionList.DidYouMean(suggestions), [node]));
        return true;
    }

    private IEnumerable<string> Candidates(bool isTypeSystem)
    {
        var names = context.Schema.TypeMap.Keys.Concat(_definedTypes ?? Enumerable.Empty<string>());
        return isTypeSystem ? StandardTypeNames.Concat(names) : names;
    }
}
