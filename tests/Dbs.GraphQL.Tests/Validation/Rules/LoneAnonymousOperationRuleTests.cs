using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly ValidationRule Rule = context => new LoneAnonymousOperationRule(context);

    [Fact]
    public void Accepts_an_anonymous_operation_alone() => Valid(Rule, "{ dog { name } }");

    [Fact]
    public void Accepts_an_anonymous_operation_with_fragments() => Valid(Rule, """
        { dog { ...DogName } }
        fragment DogName on Dog { name }
        """);

    [Fact]
    public void Accepts_several_named_operations() => Valid(Rule, """
        query Fido { dog { name } }
        query Tom { cat { name } }
        """);

    [Fact]
    public void Rejects_each_of_two_anonymous_operations() => Invalid(Rule, """
        { dog { name } }
        { cat { name } }
        """,
        "This anonymous operation must be the only defined operation. @ 1:1",
        "This anonymous operation must be the only defined operation. @ 2:1");

    [Fact]
    public void Rejects_an_anonymous_operation_beside_a_named_one() => Invalid(Rule, """
        query Fido { dog { name } }
          { cat { name } }
        mutation Rename { renameDog(name: "Fido", newName: "Rex") { name } }
        """,
        "This anonymous operation must be the only defined operation. @ 2:3");

    [Fact]
    public void Rejects_an_anonymous_query_beside_a_subscription() => Invalid(Rule, """
        query { dog { name } }
        subscription Barks { newDog { name } }
        """,
        "This anonymous operation must be the only defined operation. @ 1:1");
}
