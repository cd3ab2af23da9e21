using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class VariablesInAllowedPositionRuleTests
{
    private static readonly ValidationRule Rule = context => new VariablesInAllowedPositionRule(context);

    [Fact]
    public void Accepts_variables_of_the_same_or_a_stricter_type() => Valid(Rule, """
        query Q($b: Boolean!, $bs: [Boolean!]!, $i: Int, $c: ComplexInput, $n: String!) {
          arguments {
            booleanArgField(booleanArg: $b)
            nonNullBooleanArgField(nonNullBooleanArg: $b)
            booleanListArgField(booleanListArg: $bs)
            intArgField(intArg: $i)
            complexArgField(complexArg: $c)
            finderArgField(finder: { name: $n })
          }
          dog @include(if: $b) { name }
        }
        """);

    [Fact]
    public void Accepts_a_nullable_variable_in_a_non_null_position_when_either_has_a_default() => Valid(Rule, """
        query Q($b: Boolean = true, $o: Boolean) {
          arguments { nonNullBooleanArgField(nonNullBooleanArg: $b) optionalNonNullBooleanArgField(optionalBooleanArg: $o) }
          findDog(complex: { requiredField: true, nonNullField: $o }) { name }
        }
        """);

    [Fact]
    public void Rejects_a_nullable_variable_in_a_non_null_position() => Invalid(Rule, """
        query Q($b: Boolean, $n: Boolean = null) {
          arguments { nonNullBooleanArgField(nonNullBooleanArg: $b) }
          dog @skip(if: $n) { name }
        }
        """,
        "Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\". @ 1:9, 2:57",
        "Variable \"$n\" of type \"Boolean\" used in position expecting type \"Boolean!\". @ 1:22, 3:17");

    [Fact]
    public void Rejects_variables_of_another_type_or_list_shape() => Invalid(Rule, """
        query Q($s: String, $bs: [Boolean], $b: Boolean!, $matrix: [Int!]) {
          arguments {
            intArgField(intArg: $s)
            booleanListArgField(booleanListArg: $bs)
            booleanArgField(booleanArg: $bs)
            b: booleanListArgField(booleanListArg: [$b, $s])
            matrixArgField(matrix: $matrix)
          }
        }
        """,
        "Variable \"$s\" of type \"String\" used in position expecting type \"Int\". @ 1:9, 3:25",
        "Variable \"$bs\" of type \"[Boolean]\" used in position expecting type \"[Boolean]!\". @ 1:21, 4:41",
        "Variable \"$bs\" of type \"[Boolean]\" used in position expecting type \"Boolean\". @ 1:21, 5:33",
        "Variable \"$s\" of type \"String\" used in position expecting type \"Boolean\". @ 1:9, 6:49",
        "Variable \"$matrix\" of type \"[Int!]\" used in position expecting type \"[[Int!]]\". @ 1:51, 7:28");

    [Fact]
    public void Checks_uses_in_fragments_against_each_operation_that_reaches_them() => Invalid(Rule, """
        query A($x: Int!) { dog { ...Location } }
        query B($x: String) { dog { ...Location } }
        fragment Location on Dog { isAtLocation(x: $x) }
        """,
        "Variable \"$x\" of type \"String\" used in position expecting type \"Int\". @ 2:9, 3:44");

    [Fact]
    public void Requires_non_null_variables_in_fields_of_a_oneof_input() => Invalid(Rule, """
        query Q($name: String, $id: ID = "7", $color: FurColor!) {
          arguments {
            a: finderArgField(finder: { name: $name })
            b: finderArgField(finder: { id: $id })
            c: finderArgField(finder: { color: $color })
          }
        }
        """,
        "Variable \"$name\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"PetFinder\". @ 1:9, 3:39",
        "Variable \"$id\" is of type \"ID\" but must be non-nullable to be used for OneOf Input Object \"PetFinder\". @ 1:24, 4:37");

    [Fact]
    public void Misses_nullable_variables_in_a_oneof_input_under_a_non_null_argument_as_graphql_js_does() => Valid(Rule, """
        query Q($name: String) { findPet(finder: { name: $name }) { name } }
        """);

    [Fact]
    public void Leaves_undefined_variables_and_unknown_positions_to_other_rules() => Valid(Rule, """
        query Q($u: Unknown, $i: Int) { arguments { intArgField(intArg: $missing) stringArgField(unknown: $i) intArgField(intArg: $u) } }
        """);
}
