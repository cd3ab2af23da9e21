using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class KnownFragmentNamesRuleTests
{
    private static readonly ValidationRule Rule = context => new KnownFragmentNamesRule(context);

    [Fact]
    public void Accepts_spreads_of_fragments_defined_before_or_after() => Valid(Rule, """
        fragment DogName on Dog { name }
        { dog { ...DogName ...DogOwner } }
        fragment DogOwner on Dog { owner { ...HumanName } }
        fragment HumanName on Human { name }
        """);

    [Fact]
    public void Rejects_spreads_of_undefined_fragments_at_their_name() => Invalid(Rule, """
        {
          dog { ...DogName ... on Dog { ...Missing } }
          human { ...  Unknown }
        }
        fragment DogName on Dog { ...AlsoMissing }
        """,
        "Unknown fragment \"Missing\". @ 2:36",
        "Unknown fragment \"Unknown\". @ 3:16",
        "Unknown fragment \"AlsoMissing\". @ 5:30");

    [Fact]
    public void Reports_every_spread_of_the_same_missing_fragment() => Invalid(Rule, """
        { dog { ...Gone } cat { ...Gone } }
        """,
        "Unknown fragment \"Gone\". @ 1:12",
        "Unknown fragment \"Gone\". @ 1:28");

    [Fact]
    public void Knows_a_fragment_defined_twice() => Valid(Rule, """
        { dog { ...Twice } }
        fragment Twice on Dog { name }
        fragment Twice on Dog { nickname }
        """);
}
