using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class UniqueArgumentNamesRuleTests
{
    private static readonly ValidationRule Rule = context => new UniqueArgumentNamesRule(context);

    [Fact]
    public void Accepts_distinct_arguments_and_the_same_name_on_field_and_directive() => Valid(Rule, """
        { dog { isAtLocation(x: 1, y: 2) @weight(value: 1) isHouseTrained(atOtherHomes: true) @include(if: true) } }
        """);

    [Fact]
    public void Rejects_a_repeated_field_argument_naming_every_occurrence() => Invalid(Rule, """
        { dog { isAtLocation(x: 1, x: 2, y: 3, x: 4) } }
        """,
        "There can be only one argument named \"x\". @ 1:22, 1:28, 1:40");

    [Fact]
    public void Rejects_repeated_directive_arguments_one_error_per_name() => Invalid(Rule, """
        { dog @weight(value: 1, factor: 1.0, value: 2, factor: 2.0) { name } }
        """,
        "There can be only one argument named \"value\". @ 1:15, 1:38",
        "There can be only one argument named \"factor\". @ 1:25, 1:48");
}
