using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ValidationRule Rule = context => new ProvidedRequiredArgumentsRule(context);

    [Fact]
    public void Accepts_required_arguments_given_in_any_order_and_optional_ones_left_out() => Valid(Rule, """
        {
          arguments {
            multipleRequirements(y: 1, x: 2)
            booleanArgField
            optionalNonNullBooleanArgField
            nonNullBooleanArgField(nonNullBooleanArg: null)
          }
          dog @include(if: true) @weight(value: 1) { name }
        }
        """);

    [Fact]
    public void Rejects_a_field_without_its_required_argument() => Invalid(Rule, """
        { dog { doesKnowCommand } }
        """,
        "Field \"doesKnowCommand\" argument \"dogCommand\" of type \"DogCommand!\" is required, but it was not provided. @ 1:9");

    [Fact]
    public void Reports_each_missing_argument_in_definition_order() => Invalid(Rule, """
        { arguments { multipleRequirements } }
        """,
        "Field \"multipleRequirements\" argument \"x\" of type \"Int!\" is required, but it was not provided. @ 1:15",
        "Field \"multipleRequirements\" argument \"y\" of type \"Int!\" is required, but it was not provided. @ 1:15");

    [Fact]
    public void Reports_errors_inside_a_field_before_the_field_itself() => Invalid(Rule, """
        { arguments { multipleRequirements(x: 1) @weight } }
        """,
        "Directive \"@weight\" argument \"value\" of type \"Int!\" is required, but it was not provided. @ 1:42",
        "Field \"multipleRequirements\" argument \"y\" of type \"Int!\" is required, but it was not provided. @ 1:15");

    [Fact]
    public void Rejects_directives_without_their_required_argument() => Invalid(Rule, """
        { dog @include @skip(unless: true) { name } }
        """,
        "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. @ 1:7",
        "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. @ 1:16");

    [Fact]
    public void Uses_the_argument_definitions_of_directives_the_document_defines() => Invalid(Rule, """
        { dog @wag { name } }
        directive @wag(speed: [Int!]!, style: String! = "happy") on FIELD
        """,
        "Directive \"@wag\" argument \"speed\" of type \"[Int!]!\" is required, but it was not provided. @ 1:7");

    [Fact]
    public void Ignores_unknown_fields_and_directives() => Valid(Rule, """
        { dog { unknown @unknown { name } } }
        """);
}
