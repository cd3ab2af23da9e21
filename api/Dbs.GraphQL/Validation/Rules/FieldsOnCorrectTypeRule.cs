using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.3.1 Field Selections (https://spec.graphql.org/September2025/#sec-Field-Selections):
// "For each selection in the document: Let fieldName be the target field of selection. fieldName must be defined
// on type in scope."

/// <summary>
/// Rejects a field its parent type does not define, suggesting the types that do (for an interface or union) or
/// similar field names.
/// </summary>
public sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationVisitor
{
    public override bool EnterField(FieldNode node)
    {
        if (context.TypeInfo.ParentType is not { } type || context.TypeInfo.FieldDef is not null)
        {
            return true;
        }

        var fieldName = node.Name.Value;
        var suggestion = string.Empty;
        if (context.IncludeSuggestions)
        {
            suggestion = SuggestionList.DidYouMean(SuggestedTypeNames(context.Schema, type, fieldName),
                "to use an inline fragment on");
            if (suggestion.Length == 0 && type is ComplexOutputType complex)
            {
                suggestion = SuggestionList.DidYouMean(SuggestionList.Suggest(fieldName, complex.Fields.Names));
            }
        }

        context.ReportError(new GraphQLError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, [node]));
        return true;
    }

    // The possible types of an abstract type, and the interfaces they implement, that define the field: the most
    // often defining first, then super types before their sub types, then by name.
    private static List<string> SuggestedTypeNames(Schema schema, GraphQLNamedType type, string fieldName)
    {
        if (!type.IsAbstractType)
        {
            return [];
        }

        var suggestedTypes = new List<GraphQLNamedType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (!possibleType.Fields.Contains(fieldName))
            {
                continue;
            }

            if (!suggestedTypes.Contains(possibleType))
            {
                suggestedTypes.Add(possibleType);
            }

            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (!possibleInterface.Fields.Contains(fieldName))
                {
                    continue;
                }

                if (!suggestedTypes.Contains(possibleInterface))
                {
                    suggestedTypes.Add(possibleInterface);
                }

                usageCount[possibleInterface.Name] = usageCount.GetValueOrDefault(possibleInterface.Name) + 1;
            }
        }

        JavaScriptSort.Sort(suggestedTypes, (typeA, typeB) =>
        {
            var usageCountDiff = usageCount[typeB.Name] - usageCount[typeA.Name];
            if (usageCountDiff != 0)
            {
                return usageCountDiff;
            }

            if (typeA is InterfaceType && schema.IsSubType(typeA, typeB))
            {
                return -1;
            }

            if (typeB is InterfaceType && schema.IsSubType(typeB, typeA))
            {
                return 1;
            }

            return SuggestionList.NaturalCompare(typeA.Name, typeB.Name);
        });
        return suggestedTypes.ConvertAll(t => t.Name);
    }
}
