using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private const string UseAliases = " Use different aliases on the fields to fetch both if this was intentional.";

    private static readonly ValidationRule Rule = context => new OverlappingFieldsCanBeMergedRule(context);

    [Fact]
    public void Accepts_identical_fields_and_identical_arguments_in_any_order() => Valid(Rule, """
        {
          dog { name name isAtLocation(x: 1, y: 2) isAtLocation(y: 2, x: 1) }
          findDog(complex: { requiredField: true, intField: 1 }) { name }
          findDog(complex: { intField: 1, requiredField: true }) { nickname }
        }
        """);

    [Fact]
    public void Accepts_different_fields_under_different_aliases() => Valid(Rule, """
        { dog { sits: doesKnowCommand(dogCommand: SIT) heels: doesKnowCommand(dogCommand: HEEL) name nickname } }
        """);

    [Fact]
    public void Rejects_two_fields_under_one_alias() => Invalid(Rule, """
        {
          dog {
            name: nickname
            name
          }
        }
        """,
        "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields." + UseAliases + " @ 3:5, 4:5");

    [Fact]
    public void Rejects_one_field_with_different_arguments() => Invalid(Rule, """
        query Q($x: Int) {
          dog {
            doesKnowCommand(dogCommand: SIT)
            doesKnowCommand(dogCommand: HEEL)
            isHouseTrained
            isHouseTrained(atOtherHomes: true)
            isAtLocation(x: $x)
            isAtLocation(x: 1)
          }
        }
        """,
        "Fields \"doesKnowCommand\" conflict because they have differing arguments." + UseAliases + " @ 3:5, 4:5",
        "Fields \"isHouseTrained\" conflict because they have differing arguments." + UseAliases + " @ 5:5, 6:5",
        "Fields \"isAtLocation\" conflict because they have differing arguments." + UseAliases + " @ 7:5, 8:5");

    [Fact]
    public void Tells_a_block_string_from_a_plain_string_as_graphql_js_does() => Invalid(Rule, """"
        { arguments { stringArgField(stringArg: "pi") stringArgField(stringArg: """pi""") } }
        """",
        "Fields \"stringArgField\" conflict because they have differing arguments." + UseAliases + " @ 1:15, 1:47");

    [Fact]
    public void Lets_fields_of_different_object_types_differ_in_name_and_arguments() => Valid(Rule, """
        {
          catOrDog {
            ... on Dog { command: doesKnowCommand(dogCommand: SIT) label: name }
            ... on Cat { command: doesKnowCommand(catCommand: JUMP) label: nickname }
          }
        }
        """);

    [Fact]
    public void Requires_the_same_shape_of_fields_of_different_object_types() => Invalid(Rule, """
        {
          catOrDog {
            ... on Dog { volume: barkVolume count: barkVolume }
            ... on Cat { volume: nickname count: lives }
          }
        }
        """,
        "Fields \"volume\" conflict because they return conflicting types \"Int\" and \"String\"." + UseAliases + " @ 3:18, 4:18",
        "Fields \"count\" conflict because they return conflicting types \"Int\" and \"Int!\"." + UseAliases + " @ 3:37, 4:35");

    [Fact]
    public void Requires_the_same_list_shape_of_composite_fields() => Invalid(Rule, """
        {
          dogOrHuman {
            ... on Dog { pets: friends { name } }
            ... on Human { pets { name } }
          }
        }
        """,
        "Fields \"pets\" conflict because they return conflicting types \"[Pet]\" and \"[Pet!]!\"." + UseAliases + " @ 3:18, 4:20");

    [Fact]
    public void Does_not_let_fields_on_an_interface_differ_from_fields_on_an_object() => Invalid(Rule, """
        {
          pet {
            ... on Pet { label: name }
            ... on Dog { label: nickname }
          }
        }
        """,
        "Fields \"label\" conflict because \"name\" and \"nickname\" are different fields." + UseAliases + " @ 3:18, 4:18");

    [Fact]
    public void Explains_conflicts_between_sub_selections_naming_every_field_involved() => Invalid(Rule, """
        {
          dog {
            owner { name relatives { name } }
            owner { name: iq relatives { name: iq } }
          }
        }
        """,
        "Fields \"owner\" conflict because subfields \"name\" conflict because \"name\" and \"iq\" are different fields and subfields \"relatives\" conflict because subfields \"name\" conflict because \"name\" and \"iq\" are different fields." + UseAliases
            + " @ 3:5, 3:13, 3:18, 3:30, 4:5, 4:13, 4:22, 4:34");

    [Fact]
    public void Finds_conflicts_between_fragments_and_between_fields_and_fragments() => Invalid(Rule, """
        {
          dog { ...A ...B label: barkVolume }
        }
        fragment A on Dog { label: name }
        fragment B on Dog { label: nickname }
        """,
        "Fields \"label\" conflict because \"barkVolume\" and \"name\" are different fields." + UseAliases + " @ 2:19, 4:21",
        "Fields \"label\" conflict because \"name\" and \"nickname\" are different fields." + UseAliases + " @ 4:21, 5:21",
        "Fields \"label\" conflict because \"barkVolume\" and \"nickname\" are different fields." + UseAliases + " @ 2:19, 5:21");

    [Fact]
    public void Reports_a_conflict_through_a_fragment_spread_twice_only_once() => Invalid(Rule, """
        {
          dog { ...Label ...Label label: nickname }
        }
        fragment Label on Dog { label: name }
        """,
        "Fields \"label\" conflict because \"nickname\" and \"name\" are different fields." + UseAliases + " @ 2:27, 4:25");

    [Fact]
    public void Finds_conflicts_in_fragments_nested_in_sub_selections() => Invalid(Rule, """
        {
          human { pets { ...PetName } }
          human { pets { name: nickname ... on Dog { ...DogName } } }
        }
        fragment PetName on Pet { name }
        fragment DogName on Dog { name: barkVolume }
        """,
        "Fields \"human\" conflict because subfields \"pets\" conflict because subfields \"name\" conflict because \"nickname\" and \"name\" are different fields and subfields \"name\" conflict because \"name\" and \"barkVolume\" are different fields." + UseAliases
            + " @ 2:3, 2:11, 3:18, 5:27, 3:3, 3:11, 5:27, 6:27",
        "Fields \"name\" conflict because \"nickname\" and \"barkVolume\" are different fields." + UseAliases + " @ 3:18, 6:27");

    [Fact]
    public void Compares_unknown_fields_by_name_and_arguments_only() => Invalid(Rule, """
        { dog { unknown(a: 1) unknown(a: 2) other other } unknownRoot { a: x a: y } }
        """,
        "Fields \"unknown\" conflict because they have differing arguments." + UseAliases + " @ 1:9, 1:23",
        "Fields \"a\" conflict because \"x\" and \"y\" are different fields." + UseAliases + " @ 1:65, 1:70");

    [Fact]
    public void Abbreviates_response_names_longer_than_a_thousand_characters()
    {
        var alias = new string('a', 1005);
        var expected = "Fields \"" + new string('a', 1000) + "...\" conflict because \"name\" and \"nickname\" are different fields."
            + UseAliases + " @ 1:9, 1:1021";
        Assert.Equal([expected], ErrorsOf(Rule, "{ dog { " + alias + ": name " + alias + ": nickname } }"));
    }

    [Fact]
    public void Names_at_most_twenty_fields_per_side()
    {
        var first = string.Join(" ", Enumerable.Range(1, 25).Select(i => $"f{i}: name"));
        var second = string.Join(" ", Enumerable.Range(1, 25).Select(i => $"f{i}: iq"));

        var error = Assert.Single(ErrorsOf(Rule, "{ human { relatives { " + first + " } relatives { " + second + " } } }"));

        Assert.StartsWith("Fields \"relatives\" conflict because subfields \"f1\" conflict because \"name\" and \"iq\" are different fields and subfields \"f2\"", error);
        Assert.EndsWith(" @ 1:11, 1:23, 1:32, 1:41, 1:50, 1:59, 1:68, 1:77, 1:86, 1:95, 1:104, 1:114, 1:124, 1:134, 1:144, 1:154, 1:164, 1:174, 1:184, 1:194, 1:266, 1:278, 1:285, 1:292, 1:299, 1:306, 1:313, 1:320, 1:327, 1:334, 1:341, 1:349, 1:357, 1:365, 1:373, 1:381, 1:389, 1:397, 1:405, 1:413", error);
    }
}
