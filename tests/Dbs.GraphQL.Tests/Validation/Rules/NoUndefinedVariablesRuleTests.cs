using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class NoUndefinedVariablesRuleTests
{
    private static readonly ValidationRule Rule = context => new NoUndefinedVariablesRule(context);

    [Fact]
    public void Accepts_variables_the_operation_defines_wherever_they_are_used() => Valid(Rule, """
        query Locate($x: Int, $y: Int, $color: FurColor) {
          dog @include(if: true) { isAtLocation(x: $x, y: $y) }
          arguments { ...ByColor }
        }
        fragment ByColor on Arguments { enumArgField(color: $color) complexArgField(complexArg: { requiredField: true, intField: $x }) }
        """);

    [Fact]
    public void Rejects_an_undefined_variable_naming_the_operation() => Invalid(Rule, """
        query Locate($x: Int) {
          dog { isAtLocation(x: $x, y: $y) }
        }
        """,
        "Variable \"$y\" is not defined by operation \"Locate\". @ 2:32, 1:1");

    [Fact]
    public void Rejects_an_undefined_variable_in_an_anonymous_operation() => Invalid(Rule, """
        { arguments { booleanListArgField(booleanListArg: [true, $flag]) } }
        """,
        "Variable \"$flag\" is not defined. @ 1:58, 1:1");

    [Fact]
    public void Finds_variables_in_fragments_defined_after_the_operation() => Invalid(Rule, """
        query Locate($x: Int) { dog { ...Location } }
        fragment Location on Dog { isAtLocation(x: $x, y: $y) owner { ...Relatives } }
        fragment Relatives on Human { relatives { name @include(if: $withNames) } }
        """,
        "Variable \"$y\" is not defined by operation \"Locate\". @ 2:51, 1:1",
        "Variable \"$withNames\" is not defined by operation \"Locate\". @ 3:61, 1:1");

    [Fact]
    public void Checks_each_operation_against_its_own_variables() => Invalid(Rule, """
        query A($x: Int) { dog { ...Location } }
        query B($y: Int) { dog { ...Location } }
        fragment Location on Dog { isAtLocation(x: $x, y: $y) }
        """,
        "Variable \"$y\" is not defined by operation \"A\". @ 3:51, 1:1",
        "Variable \"$x\" is not defined by operation \"B\". @ 3:44, 2:1");
}
