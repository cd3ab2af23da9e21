using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly ValidationRule Rule = context => new FieldsOnCorrectTypeRule(context);

    [Fact]
    public void Accepts_fields_of_objects_and_interfaces_and_typename_anywhere() => Valid(Rule, """
        query Everything {
          __schema { queryType { name } }
          __type(name: "Dog") { name }
          dog { name nick: nickname __typename }
          pet { name }
          catOrDog { __typename ... on Cat { meowVolume } }
        }
        """);

    [Fact]
    public void Suggests_similar_field_names_of_an_object_type() => Invalid(Rule, """
        fragment Sounds on Dog { meowVolume }
        """,
        "Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"? @ 1:26");

    [Fact]
    public void Reports_an_aliased_field_at_its_alias() => Invalid(Rule, """
        fragment Sounds on Dog {
          volume: mooVolume
        }
        """,
        "Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"? @ 2:3");

    [Fact]
    public void Suggests_the_types_that_define_a_field_missing_from_an_interface() => Invalid(Rule, """
        fragment Loud on Pet { barkVolume }
        """,
        "Cannot query field \"barkVolume\" on type \"Pet\". Did you mean to use an inline fragment on \"Canine\" or \"Dog\"? @ 1:24");

    [Fact]
    public void Ranks_suggested_types_by_how_many_define_the_field_then_super_types_first() => Invalid(Rule, """
        fragment Named on CatOrDog { name }
        """,
        "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"? @ 1:30");

    [Fact]
    public void Reports_unknown_fields_without_anything_to_suggest() => Invalid(Rule, """
        { dog { tailLength } catOrDog { tailLength } }
        """,
        "Cannot query field \"tailLength\" on type \"Dog\". @ 1:9",
        "Cannot query field \"tailLength\" on type \"CatOrDog\". @ 1:33");

    [Fact]
    public void Allows_schema_and_type_meta_fields_only_on_the_query_root() => Invalid(Rule, """
        { dog { __schema { types { name } } } }
        """,
        "Cannot query field \"__schema\" on type \"Dog\". @ 1:9");

    [Fact]
    public void Omits_suggestions_when_they_are_switched_off() => Assert.Equal(
        ["Cannot query field \"barkVolume\" on type \"Pet\". @ 1:24", "Cannot query field \"meowVolume\" on type \"Dog\". @ 1:62"],
        ErrorsOf(Rule, "fragment Loud on Pet { barkVolume } fragment Sounds on Dog { meowVolume }",
            options: new() { IncludeSuggestions = false }));
}
