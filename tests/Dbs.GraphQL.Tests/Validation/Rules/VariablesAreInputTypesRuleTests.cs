using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly ValidationRule Rule = context => new VariablesAreInputTypesRule(context);

    [Fact]
    public void Accepts_scalars_enums_input_objects_and_wrappers_of_them() => Valid(Rule, """
        query Find($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor = BROWN) { dog { name } }
        """);

    [Fact]
    public void Rejects_output_types_printing_the_whole_type_reference() => Invalid(Rule, """
        query Find($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }
        """,
        "Variable \"$a\" cannot be non-input type \"Dog\". @ 1:16",
        "Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\". @ 1:25",
        "Variable \"$c\" cannot be non-input type \"Pet\". @ 1:45");

    [Fact]
    public void Leaves_unknown_types_to_another_rule() => Valid(Rule, """
        query Find($a: Unknown) { dog { name } }
        """);
}
