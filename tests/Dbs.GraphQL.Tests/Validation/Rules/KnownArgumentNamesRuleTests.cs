using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class KnownArgumentNamesRuleTests
{
    private static readonly ValidationRule Rule = context => new KnownArgumentNamesRule(context);

    [Fact]
    public void Accepts_arguments_of_fields_and_directives_in_any_order() => Valid(Rule, """
        {
          dog { isAtLocation(y: 1, x: 2) doesKnowCommand(dogCommand: SIT) @include(if: true) }
          arguments { multipleRequirements(y: 1, x: 2) @weight(factor: 2.5, value: 3) }
        }
        """);

    [Fact]
    public void Rejects_an_unknown_field_argument_suggesting_similar_names() => Invalid(Rule, """
        { dog { doesKnowCommand(command: SIT, dogCommand: SIT) isAtLocation(z: 1) } }
        """,
        "Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"? @ 1:25",
        "Unknown argument \"z\" on field \"Dog.isAtLocation\". Did you mean \"x\" or \"y\"? @ 1:69");

    [Fact]
    public void Rejects_an_unknown_directive_argument_suggesting_similar_names() => Invalid(Rule, """
        { dog @skip(iff: true) @weight(valu: 1, value: 1, scale: 2) { name } }
        """,
        "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"? @ 1:13",
        "Unknown argument \"valu\" on directive \"@weight\". Did you mean \"value\"? @ 1:32",
        "Unknown argument \"scale\" on directive \"@weight\". Did you mean \"value\"? @ 1:51");

    [Fact]
    public void Names_the_parent_type_of_a_meta_field() => Invalid(Rule, """
        { catOrDog { __typename(full: true) } }
        """,
        "Unknown argument \"full\" on field \"CatOrDog.__typename\". @ 1:25");

    [Fact]
    public void Ignores_arguments_of_unknown_fields_and_directives() => Valid(Rule, """
        { dog { unknown(x: 1) @unknown(y: 2) { name(z: 3) } } }
        """);

    [Fact]
    public void Knows_the_arguments_of_directives_the_document_defines() => Invalid(Rule, """
        { dog @wag(speed: 3, sped: 4) { name } }
        directive @wag(speed: Int) on FIELD
        """,
        "Unknown argument \"sped\" on directive \"@wag\". Did you mean \"speed\"? @ 1:22");

    [Fact]
    public void Omits_suggestions_when_they_are_switched_off() => Assert.Equal(
        [
            "Unknown argument \"command\" on field \"Dog.doesKnowCommand\". @ 1:25",
            "Unknown argument \"iff\" on directive \"@skip\". @ 1:62",
        ],
        ErrorsOf(Rule, "{ dog { doesKnowCommand(command: SIT, dogCommand: SIT) @skip(iff: true) } }",
            options: new() { IncludeSuggestions = false }));
}
