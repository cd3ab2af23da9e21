using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedFragmentsRuleTests
{
    private static readonly ValidationRule Rule = context => new NoUnusedFragmentsRule(context);

    [Fact]
    public void Accepts_fragments_used_directly_or_through_other_fragments() => Valid(Rule, """
        query Owner { human { ...HumanFields } }
        fragment HumanFields on Human { name pets { ...PetName } }
        fragment PetName on Pet { name ... on Dog { ...DogExtras } }
        fragment DogExtras on Dog { nickname }
        """);

    [Fact]
    public void Accepts_fragments_used_by_any_of_several_operations() => Valid(Rule, """
        query A { dog { ...DogName } }
        query B { cat { ...CatName } }
        fragment DogName on Dog { name }
        fragment CatName on Cat { name }
        """);

    [Fact]
    public void Rejects_a_fragment_no_operation_spreads() => Invalid(Rule, """
        { dog { name } }
        fragment Unused on Dog { name }
        """,
        "Fragment \"Unused\" is never used. @ 2:1");

    [Fact]
    public void Rejects_fragments_spread_only_by_unused_fragments_including_cycles() => Invalid(Rule, """
        { dog { ...Used } }
        fragment Used on Dog { name }
        fragment Orphan on Dog { ...OrphanChild }
        fragment OrphanChild on Dog { ...Orphan }
        """,
        "Fragment \"Orphan\" is never used. @ 3:1",
        "Fragment \"OrphanChild\" is never used. @ 4:1");

    [Fact]
    public void Rejects_every_fragment_of_a_document_without_operations() => Invalid(Rule, """
        fragment DogName on Dog { name }
        fragment CatName on Cat { name }
        """,
        "Fragment \"DogName\" is never used. @ 1:1",
        "Fragment \"CatName\" is never used. @ 2:1");
}
