using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class NoFragmentCyclesRuleTests
{
    private static readonly ValidationRule Rule = context => new NoFragmentCyclesRule(context);

    [Fact]
    public void Accepts_a_fragment_spread_twice_without_cycle() => Valid(Rule, """
        fragment A on Dog { ...B ...B owner { pets { ...C } } }
        fragment B on Dog { name ...C }
        fragment C on Pet { name }
        """);

    [Fact]
    public void Rejects_a_fragment_that_spreads_itself() => Invalid(Rule, """
        fragment DogName on Dog { name ...DogName }
        """,
        "Cannot spread fragment \"DogName\" within itself. @ 1:32");

    [Fact]
    public void Rejects_a_self_spread_nested_in_fields_and_inline_fragments() => Invalid(Rule, """
        fragment Deep on Dog { owner { pets { ... on Dog { ...Deep } } } }
        """,
        "Cannot spread fragment \"Deep\" within itself. @ 1:52");

    [Fact]
    public void Names_the_fragments_a_cycle_passes_through() => Invalid(Rule, """
        fragment A on Dog { ...B }
        fragment B on Dog { ...C }
        fragment C on Dog { ...A }
        """,
        "Cannot spread fragment \"A\" within itself via \"B\", \"C\". @ 1:21, 2:21, 3:21");

    [Fact]
    public void Reports_each_cycle_once_from_where_the_search_enters_it() => Invalid(Rule, """
        fragment A on Dog { ...B ...C }
        fragment B on Dog { ...A }
        fragment C on Dog { ...D }
        fragment D on Dog { ...C }
        """,
        "Cannot spread fragment \"A\" within itself via \"B\". @ 1:21, 2:21",
        "Cannot spread fragment \"C\" within itself via \"D\". @ 3:21, 4:21");

    [Fact]
    public void Ignores_spreads_of_unknown_fragments() => Valid(Rule, """
        fragment A on Dog { ...Missing ...B }
        fragment B on Dog { ...AlsoMissing }
        """);
}
