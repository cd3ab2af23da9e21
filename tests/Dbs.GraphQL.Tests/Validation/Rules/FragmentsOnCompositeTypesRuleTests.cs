using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly ValidationRule Rule = context => new FragmentsOnCompositeTypesRule(context);

    [Fact]
    public void Accepts_fragments_on_objects_interfaces_and_unions() => Valid(Rule, """
        fragment OnObject on Dog { name }
        fragment OnInterface on Pet { name }
        fragment OnUnion on CatOrDog { ... on Dog { name } }
        """);

    [Fact]
    public void Accepts_inline_fragments_with_and_without_type_condition() => Valid(Rule, """
        fragment Names on Pet { ... on Dog { nickname } ... @onInlineFragment { name } }
        """);

    [Fact]
    public void Rejects_a_fragment_on_a_scalar() => Invalid(Rule, """
        fragment OnScalar on Boolean { bad }
        """,
        "Fragment \"OnScalar\" cannot condition on non composite type \"Boolean\". @ 1:22");

    [Fact]
    public void Rejects_fragments_on_an_enum_and_on_an_input_object() => Invalid(Rule, """
        fragment OnEnum on FurColor { bad }
        fragment OnInput on ComplexInput { stringField }
        """,
        "Fragment \"OnEnum\" cannot condition on non composite type \"FurColor\". @ 1:20",
        "Fragment \"OnInput\" cannot condition on non composite type \"ComplexInput\". @ 2:21");

    [Fact]
    public void Rejects_an_inline_fragment_on_a_scalar() => Invalid(Rule, """
        fragment Inline on Dog { ... on String { bad } }
        """,
        "Fragment cannot condition on non composite type \"String\". @ 1:33");

    [Fact]
    public void Leaves_unknown_types_to_another_rule() => Valid(Rule, """
        fragment OnUnknown on Unknown { name }
        """);
}
