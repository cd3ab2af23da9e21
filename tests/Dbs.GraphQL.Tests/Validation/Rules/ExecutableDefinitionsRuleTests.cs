using Dbs.GraphQL.Validation;
using Dbs.GraphQL.Validation.Rules;
using static Dbs.GraphQL.Tests.Validation.ValidationAssert;

namespace Dbs.GraphQL.Tests.Validation.Rules;

public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly ValidationRule Rule = context => new ExecutableDefinitionsRule(context);

    [Fact]
    public void Accepts_a_document_of_operations_only() => Valid(Rule, """
        query Fido { dog { name } }
        mutation Rename { renameDog(name: "Fido", newName: "Rex") { name } }
        """);

    [Fact]
    public void Accepts_operations_with_fragments() => Valid(Rule, """
        query Fido { dog { ...DogName } }
        fragment DogName on Dog { name }
        """);

    [Fact]
    public void Rejects_type_definitions_and_extensions_by_name() => Invalid(Rule, """
        query Fido { dog { name } }
        type Cow { name: String }
        extend type Dog { color: String }
        """,
        "The \"Cow\" definition is not executable. @ 2:1",
        "The \"Dog\" definition is not executable. @ 3:1");

    [Fact]
    public void Rejects_the_schema_definition_and_its_extension() => Invalid(Rule, """
        { dog { name } }
        schema { query: Query }
        extend schema @onQuery
        """,
        "The schema definition is not executable. @ 2:1",
        "The schema definition is not executable. @ 3:1");

    [Fact]
    public void Rejects_directive_definitions_by_their_name_without_the_at_sign() => Invalid(Rule, """
        { dog { name } }
        directive @wag(speed: Int) on FIELD
        """,
        "The \"wag\" definition is not executable. @ 2:1");

    [Fact]
    public void Rejects_every_kind_of_type_definition() => Invalid(Rule, """
        scalar Bone
        interface Toy { name: String }
        union Treat = Dog | Cat
        enum Mood { HAPPY }
        input Leash { length: Int }
        """,
        "The \"Bone\" definition is not executable. @ 1:1",
        "The \"Toy\" definition is not executable. @ 2:1",
        "The \"Treat\" definition is not executable. @ 3:1",
        "The \"Mood\" definition is not executable. @ 4:1",
        "The \"Leash\" definition is not executable. @ 5:1");
}
