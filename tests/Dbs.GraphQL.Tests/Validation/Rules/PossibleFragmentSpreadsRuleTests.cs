using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class PossibleFragmentSpreadsRuleTests
{
    private static readonly ValidationRule Rule = context => new PossibleFragmentSpreadsRule(context);

    [Fact]
    public void Accepts_spreads_of_the_same_object_type() => Valid(Rule, """
        fragment DogFragment on Dog { ... on Dog { barkVolume } ...DogName }
        fragment DogName on Dog { name }
        """);

    [Fact]
    public void Accepts_abstract_spreads_in_an_object_scope_the_object_belongs_to() => Valid(Rule, """
        fragment PetName on Pet { name }
        fragment CatOrDogName on CatOrDog { ... on Cat { name } }
        fragment DogNames on Dog { ...PetName ...CatOrDogName ... on Canine { barkVolume } }
        """);

    [Fact]
    public void Accepts_object_and_abstract_spreads_in_an_overlapping_abstract_scope() => Valid(Rule, """
        fragment PetFields on Pet { ... on Dog { barkVolume } ...CatOrDogName ...DogOrHumanName }
        fragment CatOrDogName on CatOrDog { ... on Cat { name } }
        fragment DogOrHumanName on DogOrHuman { ... on Dog { name } }
        """);

    [Fact]
    public void Rejects_a_spread_of_another_object_type() => Invalid(Rule, """
        fragment CatFields on Cat { ...DogName }
        fragment DogName on Dog { name }
        """,
        "Fragment \"DogName\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\". @ 1:29");

    [Fact]
    public void Rejects_an_inline_fragment_of_another_object_type() => Invalid(Rule, """
        fragment CatFields on Cat {
          ... on Dog { barkVolume }
        }
        """,
        "Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\". @ 2:3");

    [Fact]
    public void Rejects_spreads_between_abstract_types_without_common_objects() => Invalid(Rule, """
        fragment PetFields on Pet { ...SentientName ... on HumanOrAlien { __typename } }
        fragment SentientName on Sentient { name }
        fragment SentientFields on Sentient { ... on CatOrDog { __typename } ... on Dog { name } }
        """,
        "Fragment \"SentientName\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\". @ 1:29",
        "Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\". @ 1:45",
        "Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"CatOrDog\". @ 3:39",
        "Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"Dog\". @ 3:70");

    [Fact]
    public void Leaves_unknown_fragments_and_types_to_other_rules() => Valid(Rule, """
        fragment DogFields on Dog { ...Missing ... on Unknown { name } ...OnUnknown }
        fragment OnUnknown on Unknown { name }
        """);
}
