using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValidationRule Rule = context => new ValuesOfCorrectTypeRule(context);

    [Fact]
    public void Accepts_literals_of_every_input_type() => Valid(Rule, """
        {
          arguments {
            intArgField(intArg: -2147483648)
            floatArgField(floatArg: 2)
            stringArgField(stringArg: "text")
            booleanArgField(booleanArg: false)
            idArgField(idArg: 42)
            enumArgField(color: TAN)
            booleanListArgField(booleanListArg: true)
            matrixArgField(matrix: [[1, 2], [3]])
            complexArgField(complexArg: { requiredField: true, nested: { requiredField: false, stringListField: "one" } })
            finderArgField(finder: { color: BLACK })
            shoeArgField(shoe: 44)
            nullable: intArgField(intArg: null)
          }
        }
        """);

    [Fact]
    public void Reports_the_scalar_literal_errors_of_graphql_js() => Invalid(Rule, """
        {
          arguments {
            intArgField(intArg: "3")
            b: intArgField(intArg: 3.5)
            c: intArgField(intArg: 2147483648)
            floatArgField(floatArg: "1.5")
            stringArgField(stringArg: 1)
            booleanArgField(booleanArg: "true")
            idArgField(idArg: 1.5)
          }
        }
        """,
        "Int cannot represent non-integer value: \"3\" @ 3:25",
        "Int cannot represent non-integer value: 3.5 @ 4:28",
        "Int cannot represent non 32-bit signed integer value: 2147483648 @ 5:28",
        "Float cannot represent non numeric value: \"1.5\" @ 6:29",
        "String cannot represent a non string value: 1 @ 7:31",
        "Boolean cannot represent a non boolean value: \"true\" @ 8:33",
        "ID cannot represent a non-string and non-integer value: 1.5 @ 9:23");

    [Fact]
    public void Rejects_enum_values_given_as_strings_or_in_the_wrong_case_with_suggestions() => Invalid(Rule, """
        {
          arguments {
            enumArgField(color: "BROWN")
            b: enumArgField(color: brown)
            c: enumArgField(color: PURPLE)
          }
        }
        """,
        "Enum \"FurColor\" cannot represent non-enum value: \"BROWN\". Did you mean the enum value \"BROWN\"? @ 3:25",
        "Value \"brown\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"? @ 4:28",
        "Value \"PURPLE\" does not exist in \"FurColor\" enum. @ 5:28");

    [Fact]
    public void Rejects_null_where_the_type_is_non_null() => Invalid(Rule, """
        {
          arguments {
            nonNullBooleanArgField(nonNullBooleanArg: null)
            matrixArgField(matrix: [[1, null]])
          }
        }
        """,
        "Expected value of type \"Boolean!\", found null. @ 3:47",
        "Expected value of type \"Int!\", found null. @ 4:33");

    [Fact]
    public void Checks_each_list_item_against_the_item_type() => Invalid(Rule, """
        { arguments { booleanListArgField(booleanListArg: [true, "false", 0]) } }
        """,
        "Boolean cannot represent a non boolean value: \"false\" @ 1:58",
        "Boolean cannot represent a non boolean value: 0 @ 1:67");

    [Fact]
    public void Rejects_a_list_where_no_list_is_expected_once_for_the_whole_list() => Invalid(Rule, """
        { arguments { intArgField(intArg: [1, "two"]) complexArgField(complexArg: [{ requiredField: true }]) } }
        """,
        "Int cannot represent non-integer value: [1, \"two\"] @ 1:35",
        "Expected value of type \"ComplexInput\", found [{requiredField: true}]. @ 1:75");

    [Fact]
    public void Rejects_scalars_where_an_input_object_is_expected() => Invalid(Rule, """
        { arguments { complexArgField(complexArg: "requiredField") } }
        """,
        "Expected value of type \"ComplexInput\", found \"requiredField\". @ 1:43");

    [Fact]
    public void Reports_missing_required_fields_before_errors_inside_the_object() => Invalid(Rule, """
        {
          findDog(complex: { intField: "four", nested: { nonNullField: null } }) { name }
        }
        """,
        "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided. @ 2:20",
        "Int cannot represent non-integer value: \"four\" @ 2:32",
        "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided. @ 2:48",
        "Expected value of type \"Boolean!\", found null. @ 2:64");

    [Fact]
    public void Rejects_unknown_input_fields_suggesting_similar_names() => Invalid(Rule, """
        { findDog(complex: { requiredField: true, intFeld: 4, favoriteCookie: "oat" }) { name } }
        """,
        "Field \"intFeld\" is not defined by type \"ComplexInput\". Did you mean \"intField\"? @ 1:43",
        "Field \"favoriteCookie\" is not defined by type \"ComplexInput\". @ 1:55");

    [Fact]
    public void Requires_exactly_one_non_null_field_of_a_oneof_input() => Invalid(Rule, """
        {
          a: findPet(finder: { name: "Fido", id: "1" }) { name }
          b: findPet(finder: {}) { name }
          c: findPet(finder: { name: null }) { name }
        }
        """,
        "OneOf Input Object \"PetFinder\" must specify exactly one key. @ 2:22",
        "OneOf Input Object \"PetFinder\" must specify exactly one key. @ 3:22",
        "Field \"PetFinder.name\" must be non-null. @ 4:22");

    [Fact]
    public void Appends_the_message_of_a_custom_scalars_own_exception() => Invalid(Rule, """
        { arguments { shoeArgField(shoe: 12) } }
        """,
        "Expected value of type \"Shoe\", found 12; Shoe sizes are whole numbers from 16 to 50. @ 1:34");

    [Fact]
    public void Checks_default_values_of_variables_and_directive_arguments() => Invalid(Rule, """
        query Q($x: Int = "one", $color: FurColor = [SPOTTED]) {
          dog @include(if: "yes") { name }
        }
        """,
        "Int cannot represent non-integer value: \"one\" @ 1:19",
        "Enum \"FurColor\" cannot represent non-enum value: [SPOTTED]. Did you mean the enum value \"SPOTTED\"? @ 1:45",
        "Boolean cannot represent a non boolean value: \"yes\" @ 2:20");

    [Fact]
    public void Leaves_values_of_unknown_arguments_unchecked() => Valid(Rule, """
        { arguments { intArgField(unknown: "x") } dog { unknownField(arg: { a: 1 }) } }
        """);

    [Fact]
    public void Accepts_variables_anywhere_a_value_is_expected() => Valid(Rule, """
        query Q($b: Boolean!, $i: Int) {
          findDog(complex: { requiredField: $b, intField: $i }) { name }
          arguments { matrixArgField(matrix: [[$i]]) finderArgField(finder: { name: $name }) }
        }
        """);

    [Fact]
    public void Omits_suggestions_when_they_are_switched_off() => Assert.Equal(
        [
            "Value \"brown\" does not exist in \"FurColor\" enum. @ 1:35",
            "Field \"intFeld\" is not defined by type \"ComplexInput\". @ 1:84",
        ],
        ErrorsOf(Rule, "{ arguments { enumArgField(color: brown) } findDog(complex: { requiredField: true, intFeld: 4 }) { name } }",
            options: new() { IncludeSuggestions = false }));
}
