using System.Diagnostics;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;
using Dbs.GraphQL.Validation;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    private const string TooMany = "Too many validation errors, error limit reached. Validation aborted. @ ";
    private const string Aborted = "Validation aborted. @ ";

    [Fact]
    public void Accepts_a_valid_document_under_every_specified_rule() => Assert.Empty(ErrorsOfAllRules("""
        query Household($id: ID, $withPets: Boolean = true, $finder: PetFinder!) @onQuery {
          human(id: $id) {
            name
            pets @include(if: $withPets) { ...PetFields }
          }
          findPet(finder: $finder) { name }
          catOrDog { __typename ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } }
        }

        fragment PetFields on Pet {
          name
          ... on Dog { doesKnowCommand(dogCommand: HEEL) owner { name } }
          ... on Cat { furColor }
        }

        mutation Rename($name: String!) { renameDog(name: $name, newName: "Rex") { name } }

        subscription Messages { newMessage(room: "kennel") { body sender } }
        """));

    [Fact]
    public void Orders_errors_by_position_in_the_document_then_by_rule() => Assert.Equal(
        [
            "Variable \"$x\" cannot be non-input type \"Dog\". @ 1:13",
            "Directive \"@onQuery\" may not be used on FIELD. @ 2:7",
            "Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"? @ 2:18",
            "Unknown argument \"dogCommand\" on field \"Dog.name\". @ 2:27",
            "Unknown fragment \"Missing\". @ 2:47",
            "Fragment \"CatFields\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\". @ 2:55",
            "Int cannot represent non-integer value: \"1\" @ 2:84",
            "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 3:10, 3:25",
            "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"? @ 3:10",
            "Variable \"$x\" is never used in operation \"Q\". @ 1:9",
            "Variable \"$unused\" is never used in operation \"Q\". @ 1:18",
        ],
        ErrorsOfAllRules("""
            query Q($x: Dog, $unused: Int) {
              dog @onQuery { nam name(dogCommand: SIT) ...Missing ...CatFields isAtLocation(x: "1") }
              pets { name: nickname name }
            }
            fragment CatFields on Cat { meowVolume }
            """));

    [Fact]
    public void Stops_one_error_past_the_limit_with_graphql_js_message() => Assert.Equal(
        [
            "Cannot query field \"a\" on type \"Dog\". @ 1:9",
            "Cannot query field \"b\" on type \"Dog\". @ 1:11",
            "Cannot query field \"c\" on type \"Dog\". @ 1:13",
            TooMany,
        ],
        ErrorsOfAllRules("{ dog { a b c d e } }", options: new() { MaxErrors = 3 }));

    [Fact]
    public void Allows_one_hundred_errors_by_default()
    {
        var fields = string.Join(" ", Enumerable.Range(1, 150).Select(i => "f" + i));

        var errors = ErrorsOfAllRules("{ dog { " + fields + " } }");

        Assert.Equal(101, errors.Count);
        Assert.Equal("Cannot query field \"f100\" on type \"Dog\". @ 1:396", errors[99]);
        Assert.Equal(TooMany, errors[100]);
    }

    [Fact]
    public void Hides_every_suggestion_when_they_are_switched_off() => Assert.Equal(
        [
            "Unknown type \"Peat\". @ 1:13",
            "Cannot query field \"nam\" on type \"Dog\". @ 1:27",
            "Unknown argument \"dogComand\" on field \"Dog.doesKnowCommand\". @ 1:47",
            "Field \"doesKnowCommand\" argument \"dogCommand\" of type \"DogCommand!\" is required, but it was not provided. @ 1:31",
            "Value \"sit\" does not exist in \"DogCommand\" enum. @ 1:97",
            "Field \"intFeld\" is not defined by type \"ComplexInput\". @ 1:144",
            "Variable \"$p\" is never used in operation \"Q\". @ 1:9",
        ],
        ErrorsOfAllRules(
            "query Q($p: Peat) { dog { nam doesKnowCommand(dogComand: SIT) sits: doesKnowCommand(dogCommand: sit) } findDog(complex: { requiredField: true, intFeld: 1 }) { name } }",
            options: new() { IncludeSuggestions = false }));

    [Fact]
    public void Runs_only_the_rules_it_is_given()
    {
        var document = Parser.Parse("query Q($unused: Int) { dog { unknown } }");

        var errors = DocumentValidator.Validate(ValidationTestSchema.Schema, document, [c => new Dbs.GraphQL.Validation.Rules.NoUnusedVariablesRule(c)]);

        Assert.Equal(["Variable \"$unused\" is never used in operation \"Q\". @ 1:9"], Describe(errors));
    }

    [Fact]
    public void Throws_for_an_invalid_schema_rather_than_blaming_the_document()
    {
        var schema = AstSchemaBuilder.BuildAstSchema(Parser.Parse("type Query { a: Int } interface Empty"));

        var exception = Assert.Throws<SchemaException>(() => DocumentValidator.Validate(schema, Parser.Parse("{ a }")));

        Assert.Equal("Type Empty must define one or more fields.", exception.Message);
    }

    [Fact]
    public void Gives_up_on_a_thousand_identical_fields_quickly_as_graphql_js_does()
    {
        // Comparing every pair of 1,000 fields exceeds graphql-js's budget of 500,000 comparisons.
        var document = "{ dog { " + string.Concat(Enumerable.Repeat("name ", 1000)) + "} }";
        var stopwatch = Stopwatch.StartNew();

        var errors = ErrorsOfAllRules(document);

        Assert.Equal([Aborted], errors);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Accepts_five_hundred_identical_fields_within_the_budget() => Assert.Empty(
        ErrorsOfAllRules("{ dog { " + string.Concat(Enumerable.Repeat("name ", 500)) + "} }"));

    [Fact]
    public void Validates_a_chain_of_three_thousand_nested_fragments_quickly()
    {
        var fragments = string.Concat(Enumerable.Range(0, 3000)
            .Select(i => $"fragment F{i} on Human {{ name relatives {{ ...F{i + 1} }} }}\n"));
        var document = "{ human { ...F0 ...F0 name } }\n" + fragments + "fragment F3000 on Human { iq }";
        var stopwatch = Stopwatch.StartNew();

        var errors = ErrorsOfAllRules(document);

        Assert.Empty(errors);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Compares_three_hundred_fragments_spread_together_pair_by_pair_once()
    {
        var spreads = string.Concat(Enumerable.Range(0, 300).Select(i => $"...F{i} "));
        var fragments = string.Concat(Enumerable.Range(0, 300)
            .Select(i => $"fragment F{i} on Dog {{ label: name owner {{ label: name }} }}\n"));
        var stopwatch = Stopwatch.StartNew();

        var errors = ErrorsOfAllRules("{ dog { " + spreads + "} }\n" + fragments);

        Assert.Empty(errors);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Aborts_when_following_fragments_exceeds_graphql_js_work_budget()
    {
        var operations = string.Concat(Enumerable.Range(0, 1000).Select(k => $"subscription S{k} {{ ...F }}\n"));
        var document = operations + "fragment F on Subscription { " + string.Concat(Enumerable.Repeat("newDog { name } ", 60)) + "}";

        Assert.Equal([Aborted], ErrorsOfAllRules(document));
    }

    [Fact]
    public void Stops_cleanly_on_a_document_nested_deeper_than_the_stack_allows()
    {
        // The parser refuses such nesting; a document built by other means still gets an answer, not a crash.
        SelectionSetNode selectionSet = new() { Selections = [new FieldNode { Name = new NameNode { Value = "name" } }] };
        for (var i = 0; i < 100_000; i++)
        {
            selectionSet = new SelectionSetNode
            {
                Selections = [new FieldNode { Name = new NameNode { Value = "relatives" }, SelectionSet = selectionSet }],
            };
        }

        var human = new FieldNode { Name = new NameNode { Value = "human" }, SelectionSet = selectionSet };
        var document = new DocumentNode
        {
            Definitions = [new OperationDefinitionNode { SelectionSet = new SelectionSetNode { Selections = [human] } }],
        };

        var errors = DocumentValidator.Validate(ValidationTestSchema.Schema, document);

        Assert.Equal([Aborted], Describe(errors));
    }
}
