using System.Collections.Frozen;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Types;

/// <summary>
/// An enum type (spec §3.9). Input coercion yields each value's <see cref="EnumValueDefinition.Value"/> (the name
/// string by default); serialization maps such a value back to its name. As a convenience beyond graphql-js,
/// serialization also accepts a value's name as a string and a CLR enum member with the same name (ignoring case
/// and underscores), so dictionaries and unbound CLR enums serialize without a binding.
/// </summary>
public sealed class EnumType : GraphQLNamedType
{
    private FrozenDictionary<object, EnumValueDefinition>? _byValue;

    public EnumType(
        string name,
        IEnumerable<EnumValueDefinition> values,
        string? description = null,
        EnumTypeDefinitionNode? astNode = null,
        IReadOnlyList<EnumTypeExtensionNode>? extensionAstNodes = null)
        : base(name, description, astNode, extensionAstNodes)
    {
        Values = new DefinitionList<EnumValueDefinition>(values);
    }

    public override TypeKind Kind => TypeKind.Enum;

    public DefinitionList<EnumValueDefinition> Values { get; }

    public EnumValueDefinition? GetValue(string name) => Values[name];

    /// <summary>The CLR enum this type is bound to, if any.</summary>
    public Type? RuntimeType { get; internal set; }

    public string Serialize(object? runtimeValue)
    {
        var byValue = _byValue ??= Values.ToFrozenDictionary(v => v.Value, v => v);
        if (runtimeValue is not null && byValue.TryGetValue(runtimeValue, out var found))
        {
            return found.Name;
        }

        if (runtimeValue is string name && Values[name] is { } named)
        {
            return named.Name;
        }

        if (runtimeValue is Enum member && FindByClrName(member.ToString()) is { } matched)
        {
            return matched.Name;
        }

        throw new GraphQLError($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(runtimeValue)}");
    }

    public object ParseValue(object? inputValue, bool hideSuggestions = false)
    {
        if (inputValue is not string text)
        {
            var shown = ValueInspector.Inspect(inputValue);
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-string value: {shown}."
                + (hideSuggestions ? string.Empty : DidYouMean(shown)));
        }

        return Values[text]?.Value
            ?? throw new GraphQLError($"Value \"{text}\" does not exist in \"{Name}\" enum."
                + (hideSuggestions ? string.Empty : DidYouMean(text)));
    }

    public object ParseLiteral(ValueNode valueNode, bool hideSuggestions = false)
    {
        var shown = Printer.Print(valueNode);
        if (valueNode is not EnumValueNode enumNode)
        {
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-enum value: {shown}."
                + (hideSuggestions ? string.Empty : DidYouMean(shown)), [valueNode]);
        }

        return Values[enumNode.Value]?.Value
            ?? throw new GraphQLError($"Value \"{shown}\" does not exist in \"{Name}\" enum."
                + (hideSuggestions ? string.Empty : DidYouMean(shown)), [valueNode]);
    }

    /// <summary>The value whose name matches a CLR member name, ignoring case and underscores.</summary>
    internal EnumValueDefinition? FindByClrName(string clrName)
    {
        var wanted = Normalize(clrName);
        foreach (var value in Values)
        {
            if (Normalize(value.Name) == wanted)
            {
                return value;
            }
        }

        return null;
    }

    private static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    private string DidYouMean(string unknown) =>
        SuggestionList.DidYouMean(SuggestionList.Suggest(unknown, Values.Names), "the enum value");
}
