using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.6.1 Values of Correct Type (https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type):
// "For each literal Input Value value in the document: Let type be the type expected in the position value is
// found. value must be coercible to type (with the assumption that any variableUsage nested within value will
// represent a runtime value valid for usage in its position)."
//
// Spec §5.6.2 Input Object Field Names (https://spec.graphql.org/September2025/#sec-Input-Object-Field-Names):
// "For each Input Object Field inputField in the document: Let inputFieldName be the Name of inputField. Let
// inputFieldDefinition be the input field definition provided by the parent input object type named
// inputFieldName. inputFieldDefinition must exist."
//
// Spec §5.6.4 Input Object Required Fields (https://spec.graphql.org/September2025/#sec-Input-Object-Required-Fields):
// "For each Input Object in the document: Let fields be the fields provided by that Input Object. Let
// fieldDefinitions be the set of input field definitions of that Input Object. For each fieldDefinition in
// fieldDefinitions: Let type be the expected type of fieldDefinition. Let defaultValue be the default value of
// fieldDefinition. If type is Non-Null and defaultValue does not exist: Let fieldName be the name of
// fieldDefinition. Let field be the input field in fields named fieldName. field must exist. Let value be the
// value of field. value must not be the null literal."
//
// Plus the OneOf Input Object rule of spec §3.10.1: exactly one field, and not null. Leaf literals are judged by
// their scalar's or enum's own literal parsing, whose error is reported as is (graphql-js's messages).

/// <summary>Rejects literals that cannot be coerced to the input type expected where they stand.</summary>
public sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationVisitor
{
    public override bool EnterListValue(ListValueNode node)
    {
        // The walk has already entered the list: the list's own type is one level up.
        if (context.TypeInfo.ParentInputType?.NullableType is not ListType)
        {
            CheckLeafValue(node);
            return false;
        }

        return true;
    }

    public override bool EnterObjectValue(ObjectValueNode node)
    {
        if (context.TypeInfo.InputType?.NamedType is not InputObjectType type)
        {
            CheckLeafValue(node);
            return false;
        }

        foreach (var field in type.Fields)
        {
            if (field.IsRequired && LastField(node, field.Name) is null)
            {
                context.ReportError(new GraphQLError(
                    $"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", [node]));
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(node, type);
        }

        return true;
    }

    public override bool EnterObjectField(ObjectFieldNode node)
    {
        if (context.TypeInfo.InputType is null && context.TypeInfo.ParentInputType?.NamedType is InputObjectType parentType)
        {
            var suggestions = context.IncludeSuggestions ? SuggestionList.Suggest(node.Name.Value, parentType.Fields.Names) : [];
            context.ReportError(new GraphQLError(
                $"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\"." + SuggestionList.DidYouMean(suggestions),
                [node]));
        }

        return true;
    }

    public override bool EnterNullValue(NullValueNode node)
    {
        if (context.TypeInfo.InputType is NonNullType type)
        {
            context.ReportError(new GraphQLError($"Expected value of type \"{type}\", found null.", [node]));
        }

        return true;
    }

    public override bool EnterLeafValue(ValueNode node)
    {
        CheckLeafValue(node);
        return true;
    }

    // A literal where a scalar or enum is expected (or a list or object where none is): the type's literal parsing
    // decides. Errors name the full type expected at the position.
    private void CheckLeafValue(ValueNode node)
    {
        if (context.TypeInfo.InputType is not { } locationType)
        {
            return;
        }

        var type = locationType.NamedType;
        if (!type.IsLeafType)
        {
            ReportUnexpected(locationType, node);
            return;
        }

        try
        {
            var parsed = type is EnumType enumType
                ? enumType.ParseLiteral(node, hideSuggestions: !context.IncludeSuggestions)
                : ((ScalarType)type).ParseLiteral(node);
            if (parsed is null)
            {
                ReportUnexpected(locationType, node);
            }
        }
        catch (GraphQLError error)
        {
            context.ReportError(error);
        }
        catch (Exception exception) when (exception is not (ValidationAbortedException or OutOfMemoryException))
        {
            // A custom scalar's own exception: graphql-js appends its message.
            context.ReportError(new GraphQLError(
                $"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {exception.Message}",
                [node], originalError: exception));
        }
    }

    private void ReportUnexpected(GraphQLType locationType, ValueNode node) =>
        context.ReportError(new GraphQLError(
            $"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", [node]));

    private void CheckOneOf(ObjectValueNode node, InputObjectType type)
    {
        var distinctNames = 0;
        string? onlyName = null;
        for (var i = 0; i < node.Fields.Count; i++)
        {
            var name = node.Fields[i].Name.Value;
            if (LastField(node, name) == node.Fields[i])
            {
                distinctNames++;
                onlyName = name;
            }
        }

        if (distinctNames != 1)
        {
            context.ReportError(new GraphQLError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", [node]));
            return;
        }

        if (LastField(node, onlyName!)!.Value is NullValueNode)
        {
            context.ReportError(new GraphQLError($"Field \"{type.Name}.{onlyName}\" must be non-null.", [node]));
        }
    }

    // Of repeated fields the last counts, as graphql-js keys fields by name (UniqueInputFieldNamesRule reports the
    // repetition).
    private static ObjectFieldNode? LastField(ObjectValueNode node, string name)
    {
        for (var i = node.Fields.Count - 1; i >= 0; i--)
        {
            if (node.Fields[i].Name.Value == name)
            {
                return node.Fields[i];
            }
        }

        return null;
    }
}
