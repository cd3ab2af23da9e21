namespace Dbs.GraphQL.Language;

/// <summary>The directive location names the parser accepts (spec §3.13 DirectiveLocations).</summary>
public static class DirectiveLocations
{
    public const string Query = "QUERY";
    public const string Mutation = "MUTATION";
    public const string Subscription = "SUBSCRIPTION";
    public const string Field = "FIELD";
    public const string FragmentDefinition = "FRAGMENT_DEFINITION";
    public const string FragmentSpread = "FRAGMENT_SPREAD";
    public const string InlineFragment = "INLINE_FRAGMENT";
    public const string VariableDefinition = "VARIABLE_DEFINITION";
    public const string Schema = "SCHEMA";
    public const string Scalar = "SCALAR";
    public const string Object = "OBJECT";
    public const string FieldDefinition = "FIELD_DEFINITION";
    public const string ArgumentDefinition = "ARGUMENT_DEFINITION";
    public const string Interface = "INTERFACE";
    public const string Union = "UNION";
    public const string Enum = "ENUM";
    public const string EnumValue = "ENUM_VALUE";
    public const string InputObject = "INPUT_OBJECT";
    public const string InputFieldDefinition = "INPUT_FIELD_DEFINITION";

    /// <summary>graphql-js 16.15 accepts it in every document, with or without its experimental option.</summary>
    public const string DirectiveDefinition = "DIRECTIVE_DEFINITION";

    private static readonly HashSet<string> All =
    [
        Query, Mutation, Subscription, Field, FragmentDefinition, FragmentSpread, InlineFragment, VariableDefinition,
        Schema, Scalar, Object, FieldDefinition, ArgumentDefinition, Interface, Union, Enum, EnumValue, InputObject,
        InputFieldDefinition, DirectiveDefinition,
    ];

    public static bool IsDefined(string name) => All.Contains(name);
}
