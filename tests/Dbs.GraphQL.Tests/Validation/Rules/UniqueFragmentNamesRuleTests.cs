using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class UniqueFragmentNamesRuleTests
{
    private static readonly ValidationRule Rule = context => new UniqueFragmentNamesRule(context);

    [Fact]
    public void Accepts_fragments_with_different_names() => Valid(Rule, """
        { dog { ...DogName ...DogNick } }
        fragment DogName on Dog { name }
        fragment DogNick on Dog { nickname }
        """);

    [Fact]
    public void Accepts_a_fragment_named_like_an_operation() => Valid(Rule, """
        query Names { dog { ...Names } }
        fragment Names on Dog { name }
        """);

    [Fact]
    public void Rejects_a_second_fragment_with_the_same_name() => Invalid(Rule, """
        { dog { ...Names } }
        fragment Names on Dog { name }
        fragment Names on Dog { nickname }
        """,
        "There can be only one fragment named \"Names\". @ 2:10, 3:10");

    [Fact]
    public void Pairs_each_repetition_with_the_first_definition() => Invalid(Rule, """
        fragment Names on Dog { name }
        fragment Names on Cat { name }
          fragment Names on Pet { name }
        """,
        "There can be only one fragment named \"Names\". @ 1:10, 2:10",
        "There can be only one fragment named \"Names\". @ 1:10, 3:12");
}
