using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class KnownTypeNamesRuleTests
{
    private static readonly ValidationRule Rule = context => new KnownTypeNamesRule(context);

    [Fact]
    public void Accepts_types_the_schema_defines() => Valid(Rule, """
        query Find($id: ID, $finder: PetFinder!, $commands: [DogCommand!]) {
          human(id: $id) { pets { ... on Dog { name } ...CatName } }
        }
        fragment CatName on Cat { name }
        """);

    [Fact]
    public void Rejects_unknown_variable_and_condition_types_suggesting_similar_names() => Invalid(Rule, """
        query Find($id: Identifier, $pets: [Peat!]!) {
          pet { ... on Badger { name } ...Named }
        }
        fragment Named on Doge { name }
        """,
        "Unknown type \"Identifier\". @ 1:17",
        "Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"? @ 1:37",
        "Unknown type \"Badger\". @ 2:16",
        "Unknown type \"Doge\". Did you mean \"Dog\"? @ 4:19");

    [Fact]
    public void Counts_types_defined_in_the_document_as_known() => Valid(Rule, """
        query Find { pet { ... on Cow { name } } }
        type Cow { name: String }
        """);

    [Fact]
    public void Checks_type_references_inside_type_definitions_of_the_document() => Invalid(Rule, """
        { dog { name } }
        extend type Dog { coat: Coat, fur: [Strin] }
        """,
        "Unknown type \"Coat\". Did you mean \"Cat\" or \"Float\"? @ 2:25",
        "Unknown type \"Strin\". Did you mean \"String\"? @ 2:37");

    [Fact]
    public void Omits_suggestions_when_they_are_switched_off() => Assert.Equal(
        ["Unknown type \"Peat\". @ 1:18"],
        ErrorsOf(Rule, "query Find($pet: Peat) { dog { name } }", options: new() { IncludeSuggestions = false }));
}
