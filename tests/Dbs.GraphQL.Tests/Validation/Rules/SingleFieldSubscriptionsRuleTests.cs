using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly ValidationRule Rule = context => new SingleFieldSubscriptionsRule(context);

    [Fact]
    public void Accepts_a_subscription_with_one_root_field() => Valid(Rule, "subscription Barks { newDog { name } }");

    [Fact]
    public void Accepts_one_root_field_selected_twice_under_one_response_name() => Valid(Rule, """
        subscription Barks { newDog { name } ...MoreBarks }
        fragment MoreBarks on Subscription { newDog { nickname } }
        """);

    [Fact]
    public void Accepts_a_second_field_under_skip_or_false_include() => Valid(Rule, """
        subscription Barks {
          newDog { name }
          disallowedSecondRootField @skip(if: true)
          newMessage(room: "kennel") @include(if: false) { body }
        }
        """);

    [Fact]
    public void Ignores_fragments_on_other_types() => Valid(Rule, """
        subscription Barks { newDog { name } ... on Query { dog { name } } }
        """);

    [Fact]
    public void Rejects_a_named_subscription_with_two_root_fields() => Invalid(Rule, """
        subscription Barks {
          newDog { name }
          disallowedSecondRootField
        }
        """,
        "Subscription \"Barks\" must select only one top level field. @ 3:3");

    [Fact]
    public void Names_every_extra_field_of_an_anonymous_subscription() => Invalid(Rule, """
        subscription {
          newDog { name }
          disallowedSecondRootField
          chat: newMessage(room: "kennel") { body }
          disallowedSecondRootField
        }
        """,
        "Anonymous Subscription must select only one top level field. @ 3:3, 5:3, 4:3");

    [Fact]
    public void Finds_extra_fields_through_fragments_and_inline_fragments() => Invalid(Rule, """
        subscription Barks { ...Both ... on Subscription { other: disallowedSecondRootField } }
        fragment Both on Subscription { newDog { name } disallowedSecondRootField }
        """,
        "Subscription \"Barks\" must select only one top level field. @ 2:49, 1:52");

    [Fact]
    public void Rejects_an_introspection_root_field() => Invalid(Rule, """
        subscription Types { __typename }
        """,
        "Subscription \"Types\" must not select an introspection top level field. @ 1:22");

    [Fact]
    public void Reports_both_too_many_fields_and_the_introspection_field() => Invalid(Rule, """
        subscription {
          newDog { name }
          __typename
          t: __typename
        }
        """,
        "Anonymous Subscription must select only one top level field. @ 3:3, 4:3",
        "Anonymous Subscription must not select an introspection top level field. @ 3:3",
        "Anonymous Subscription must not select an introspection top level field. @ 4:3");
}
