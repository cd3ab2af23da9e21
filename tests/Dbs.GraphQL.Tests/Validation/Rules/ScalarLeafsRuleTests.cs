using Dbs.GraphQL.Language;
using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class ScalarLeafsRuleTests
{
    private static readonly ValidationRule Rule = context => new ScalarLeafsRule(context);

    [Fact]
    public void Accepts_scalar_and_enum_leaves() => Valid(Rule, """
        { dog { barkVolume doesKnowCommand(dogCommand: SIT) } cat { furColor } }
        """);

    [Fact]
    public void Rejects_an_object_field_without_selection() => Invalid(Rule, """
        query Owner { human }
        """,
        "Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"? @ 1:15");

    [Fact]
    public void Names_the_full_type_of_a_list_of_interfaces_without_selection() => Invalid(Rule, """
        { human { pets } }
        """,
        "Field \"pets\" of type \"[Pet!]!\" must have a selection of subfields. Did you mean \"pets { ... }\"? @ 1:11");

    [Fact]
    public void Rejects_a_selection_on_a_scalar_at_the_selection_set() => Invalid(Rule, """
        { dog { barkVolume { sinceWhen } } }
        """,
        "Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields. @ 1:20");

    [Fact]
    public void Rejects_selections_on_enums_and_non_null_scalars() => Invalid(Rule, """
        {
          cat { furColor { hex } }
          dog { doesKnowCommand(dogCommand: SIT) { reason } }
        }
        """,
        "Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields. @ 2:18",
        "Field \"doesKnowCommand\" must not have a selection since type \"Boolean!\" has no subfields. @ 3:42");

    [Fact]
    public void Leaves_unknown_fields_to_another_rule() => Valid(Rule, "{ dog { unknown { deeper } } }");

    [Fact]
    public void Rejects_an_empty_selection_set_built_without_the_parser()
    {
        var document = new DocumentNode
        {
            Definitions =
            [
                new OperationDefinitionNode
                {
                    SelectionSet = new SelectionSetNode
                    {
                        Selections = [new FieldNode { Name = new NameNode { Value = "dog" }, SelectionSet = new SelectionSetNode() }],
                    },
                },
            ],
        };

        var errors = DocumentValidator.Validate(ValidationTestSchema.Schema, document, [Rule]);

        Assert.Equal(["Field \"dog\" of type \"Dog\" must have at least one field selected. @ "], Describe(errors));
    }
}
