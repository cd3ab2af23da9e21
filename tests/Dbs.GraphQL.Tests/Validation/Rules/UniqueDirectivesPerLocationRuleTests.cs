using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static readonly ValidationRule Rule = context => new UniqueDirectivesPerLocationRule(context);

    [Fact]
    public void Accepts_different_directives_and_the_same_directive_at_different_locations() => Valid(Rule, """
        query Q @onQuery {
          dog @onField @include(if: true) { name @onField ...DogName @onFragmentSpread }
        }
        fragment DogName on Dog @onFragmentDefinition { name @onField }
        """);

    [Fact]
    public void Accepts_a_repeatable_directive_many_times() => Valid(Rule, """
        { dog @note(text: "a") @note(text: "b") @note(text: "c") { name } }
        """);

    [Fact]
    public void Rejects_a_repeated_directive_pairing_each_repetition_with_the_first() => Invalid(Rule, """
        { dog @onField @include(if: true) @onField @onField { name } }
        """,
        "The directive \"@onField\" can only be used once at this location. @ 1:7, 1:35",
        "The directive \"@onField\" can only be used once at this location. @ 1:7, 1:44");

    [Fact]
    public void Rejects_repetitions_at_every_executable_location() => Invalid(Rule, """
        query Q($x: Int @onVariableDefinition @onVariableDefinition) @onQuery @onQuery {
          dog { ...DogName @skip(if: false) @skip(if: true) ... @onInlineFragment @onInlineFragment { name } }
        }
        fragment DogName on Dog @onFragmentDefinition @onFragmentDefinition { name }
        """,
        "The directive \"@onQuery\" can only be used once at this location. @ 1:62, 1:71",
        "The directive \"@onVariableDefinition\" can only be used once at this location. @ 1:17, 1:39",
        "The directive \"@skip\" can only be used once at this location. @ 2:20, 2:37",
        "The directive \"@onInlineFragment\" can only be used once at this location. @ 2:57, 2:75",
        "The directive \"@onFragmentDefinition\" can only be used once at this location. @ 4:25, 4:47");

    [Fact]
    public void Ignores_unknown_directives() => Valid(Rule, """
        { dog @unknown @unknown { name } }
        """);

    [Fact]
    public void Treats_a_type_definition_and_its_extensions_as_one_location() => Invalid(Rule, """
        type Kennel @onObject { size: Int }
        extend type Kennel @onObject
        directive @onObject on OBJECT
        """,
        "The directive \"@onObject\" can only be used once at this location. @ 1:13, 2:20");
}
