using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class MaxIntrospectionDepthRuleTests
{
    private static readonly ValidationRule Rule = context => new MaxIntrospectionDepthRule(context);

    [Fact]
    public void Accepts_introspection_lists_nested_two_deep() => Valid(Rule, """
        {
          __schema { types { fields { type { fields { name } } } interfaces { possibleTypes { name } } } }
          __type(name: "Dog") { fields { type { inputFields { name } } } }
        }
        """);

    [Fact]
    public void Rejects_three_nested_introspection_lists() => Invalid(Rule, """
        {
          __schema { types { fields { type { fields { type { fields { name } } } } } } }
        }
        """,
        "Maximum introspection depth exceeded @ 2:3");

    [Fact]
    public void Counts_depth_through_fragments_and_inline_fragments() => Invalid(Rule, """
        query Deep { __type(name: "Pet") { ...Level1 } }
        fragment Level1 on __Type { possibleTypes { ... on __Type { ...Level2 } } }
        fragment Level2 on __Type { interfaces { inputFields { name } } }
        """,
        "Maximum introspection depth exceeded @ 1:14");

    [Fact]
    public void Checks_each_introspection_root_field_once() => Invalid(Rule, """
        {
          a: __schema { types { fields { type { fields { type { fields { name } } } } } } }
          b: __schema { types { name } }
          c: __type(name: "Cat") { fields { type { fields { type { ...Fields } } } } }
        }
        fragment Fields on __Type { fields { name } }
        """,
        "Maximum introspection depth exceeded @ 2:3",
        "Maximum introspection depth exceeded @ 4:3");

    [Fact]
    public void Ignores_lists_named_like_introspection_lists_outside_introspection() => Valid(Rule, """
        { dog { fields: friends { interfaces: name } } }
        """);

    [Fact]
    public void Stops_at_fragment_cycles() => Valid(Rule, """
        { __schema { types { ...Loop } } }
        fragment Loop on __Type { ofType { ...Loop } }
        """);
}
