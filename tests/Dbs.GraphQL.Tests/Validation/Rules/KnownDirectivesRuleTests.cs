using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class KnownDirectivesRuleTests
{
    private static readonly ValidationRule Rule = context => new KnownDirectivesRule(context);

    [Fact]
    public void Accepts_directives_in_their_locations() => Valid(Rule, """
        query Q($flag: Boolean! @onVariableDefinition) @onQuery {
          dog @include(if: $flag) @onField { ...DogName @onFragmentSpread ... @onInlineFragment { nickname } }
        }
        mutation M @onMutation { renameDog(name: "Fido", newName: "Rex") { name } }
        subscription S @onSubscription { newDog { name } }
        fragment DogName on Dog @onFragmentDefinition { name }
        """);

    [Fact]
    public void Rejects_unknown_directives_and_knows_the_schema_only_ones() => Invalid(Rule, """
        {
          dog @unknown(directive: "value") { name @deprecated }
        }
        """,
        "Unknown directive \"@unknown\". @ 2:7",
        "Directive \"@deprecated\" may not be used on FIELD. @ 2:43");

    [Fact]
    public void Rejects_directives_in_executable_locations_they_do_not_allow() => Invalid(Rule, """
        query Q($x: Int @onQuery) @onField {
          dog @onQuery { ...DogName @include(if: true) @onInlineFragment }
        }
        mutation M @onQuery { renameDog(name: "Fido", newName: "Rex") @onMutation { name } }
        fragment DogName on Dog @onFragmentSpread { name }
        """,
        "Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION. @ 1:17",
        "Directive \"@onField\" may not be used on QUERY. @ 1:27",
        "Directive \"@onQuery\" may not be used on FIELD. @ 2:7",
        "Directive \"@onInlineFragment\" may not be used on FRAGMENT_SPREAD. @ 2:48",
        "Directive \"@onQuery\" may not be used on MUTATION. @ 4:12",
        "Directive \"@onMutation\" may not be used on FIELD. @ 4:63",
        "Directive \"@onFragmentSpread\" may not be used on FRAGMENT_DEFINITION. @ 5:25");

    [Fact]
    public void Checks_type_system_locations_in_a_document_that_holds_them() => Invalid(Rule, """
        type Kennel @onField {
          size(unit: String @onField): Int @onQuery
        }
        input Leash @onField { length: Int @onField }
        extend input Leash { color: String @onField }
        enum Mood @onField { HAPPY @onField }
        """,
        "Directive \"@onField\" may not be used on OBJECT. @ 1:13",
        "Directive \"@onField\" may not be used on ARGUMENT_DEFINITION. @ 2:21",
        "Directive \"@onQuery\" may not be used on FIELD_DEFINITION. @ 2:36",
        "Directive \"@onField\" may not be used on INPUT_OBJECT. @ 4:13",
        "Directive \"@onField\" may not be used on INPUT_FIELD_DEFINITION. @ 4:36",
        "Directive \"@onField\" may not be used on ARGUMENT_DEFINITION. @ 5:36",
        "Directive \"@onField\" may not be used on ENUM. @ 6:11",
        "Directive \"@onField\" may not be used on ENUM_VALUE. @ 6:28");

    [Fact]
    public void Knows_directives_the_document_defines() => Valid(Rule, """
        { dog @wag(speed: 3) { name } }
        directive @wag(speed: Int) on FIELD
        """);
}
