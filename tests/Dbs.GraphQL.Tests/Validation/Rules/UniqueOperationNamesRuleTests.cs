using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class UniqueOperationNamesRuleTests
{
    private static readonly ValidationRule Rule = context => new UniqueOperationNamesRule(context);

    [Fact]
    public void Accepts_one_anonymous_operation() => Valid(Rule, "{ dog { name } }");

    [Fact]
    public void Accepts_operations_with_different_names() => Valid(Rule, """
        query Fido { dog { name } }
        query Tom { cat { name } }
        mutation Rename { renameDog(name: "Fido", newName: "Rex") { name } }
        """);

    [Fact]
    public void Accepts_a_fragment_named_like_an_operation() => Valid(Rule, """
        query Fido { dog { ...Fido } }
        fragment Fido on Dog { name }
        """);

    [Fact]
    public void Rejects_a_second_operation_with_the_same_name() => Invalid(Rule, """
        query Fido { dog { name } }
        query Fido { dog { nickname } }
        """,
        "There can be only one operation named \"Fido\". @ 1:7, 2:7");

    [Fact]
    public void Rejects_the_same_name_on_operations_of_different_types() => Invalid(Rule, """
        query Fido { dog { name } }
        mutation Fido { renameDog(name: "Fido", newName: "Rex") { name } }
        subscription Fido { newDog { name } }
        """,
        "There can be only one operation named \"Fido\". @ 1:7, 2:10",
        "There can be only one operation named \"Fido\". @ 1:7, 3:14");

    [Fact]
    public void Ignores_anonymous_operations() => Valid(Rule, """
        { dog { name } }
        { cat { name } }
        """);
}
