namespace Dbs.GraphQL.Types;

/// <summary>The directives every schema has (spec §3.13.1–§3.13.5), shared by all schemas.</summary>
public static class Directives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Include { get; } = new(
        "include",
        [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        [new ArgumentDefinition("if", new NonNullType(Scalars.Boolean), "Included when true.")],
        "Directs the executor to include this field or fragment only when the `if` argument is true.");

    public static DirectiveDefinition Skip { get; } = new(
        "skip",
        [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        [new ArgumentDefinition("if", new NonNullType(Scalars.Boolean), "Skipped when true.")],
        "Directs the executor to skip this field or fragment when the `if` argument is true.");

    public static DirectiveDefinition Deprecated { get; } = new(
        "deprecated",
        [
            DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.ARGUMENT_DEFINITION,
            DirectiveLocation.INPUT_FIELD_DEFINITION, DirectiveLocation.ENUM_VALUE,
            DirectiveLocation.DIRECTIVE_DEFINITION,
        ],
        [
            new ArgumentDefinition(
                "reason",
                Scalars.String,
                "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                hasDefaultValue: true,
                defaultValue: DefaultDeprecationReason),
        ],
        "Marks an element of a GraphQL schema as no longer supported.");

    public static DirectiveDefinition SpecifiedBy { get; } = new(
        "specifiedBy",
        [DirectiveLocation.SCALAR],
        [new ArgumentDefinition("url", new NonNullType(Scalars.String), "The URL that specifies the behavior of this scalar.")],
        "Exposes a URL that specifies the behavior of this scalar.");

    public static DirectiveDefinition OneOf { get; } = new(
        "oneOf",
        [DirectiveLocation.INPUT_OBJECT],
        description: "Indicates exactly one field must be supplied and this field must not be `null`.");

    /// <summary>In graphql-js's order: include, skip, deprecated, specifiedBy, oneOf.</summary>
    public static IReadOnlyList<DirectiveDefinition> SpecifiedDirectives { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsSpecifiedDirective(DirectiveDefinition directive) =>
        directive.Name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";
}
