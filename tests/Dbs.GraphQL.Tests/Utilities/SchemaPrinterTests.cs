using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Tests.Utilities;

public sealed class SchemaPrinterTests
{
    private static Schema Build(string sdl) => AstSchemaBuilder.BuildAstSchema(Parser.Parse(sdl));

    [Fact]
    public void Prints_every_kind_of_definition_as_graphql_js_prints_it()
    {
        // The expected file is graphql-js 16.15's printSchema(buildSchema(sdl)) of the same SDL.
        var schema = Build(SchemaFiles.Read("kitchen-sink.graphql"));

        Assert.Equal(SchemaFiles.Read("kitchen-sink.printed.graphql"), SchemaPrinter.PrintSchema(schema));
    }

    [Fact]
    public void Prints_the_specified_directives_and_introspection_types_as_graphql_js_prints_them()
    {
        var schema = Build("type Query { a: Int }");

        Assert.Equal(SchemaFiles.Read("introspection.printed.graphql"), SchemaPrinter.PrintIntrospectionSchema(schema));
    }

    [Fact]
    public void Leaves_out_the_schema_definition_when_the_roots_have_their_usual_names()
    {
        var schema = Build("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }");

        Assert.Equal(
            "type Query {\n  a: Int\n}\n\ntype Mutation {\n  b: Int\n}\n\ntype Subscription {\n  c: Int\n}",
            SchemaPrinter.PrintSchema(schema));
    }

    [Fact]
    public void Prints_the_schema_definition_when_it_has_a_description()
    {
        var schema = Build("\"The API\" schema { query: Query } type Query { a: Int }");

        Assert.Equal("\"\"\"The API\"\"\"\nschema {\n  query: Query\n}\n\ntype Query {\n  a: Int\n}", SchemaPrinter.PrintSchema(schema));
    }

    [Fact]
    public void Prints_descriptions_that_cannot_be_block_strings_as_quoted_strings()
    {
        var schema = Build("type Query { \"\\n starts with a new line\" a: Int, \"trailing space \" b: Int }");

        Assert.Equal(
            "type Query {\n  \"\\n starts with a new line\"\n  a: Int\n\n  \"\"\"trailing space \"\"\"\n  b: Int\n}",
            SchemaPrinter.PrintSchema(schema));
    }

    [Fact]
    public void Prints_a_schema_made_in_code()
    {
        var status = new EnumType("Status", [new EnumValueDefinition("OPEN"), new EnumValueDefinition("CLOSED", deprecationReason: "Gone")]);
        var query = new ObjectType("Query",
        [
            new FieldDefinition("status", new NonNullType(status),
                [new ArgumentDefinition("default", status, hasDefaultValue: true, defaultValue: "OPEN")]),
        ]);
        var schema = new Schema(new SchemaConfig { Query = query });

        Assert.Equal(
            "type Query {\n  status(default: Status = OPEN): Status!\n}\n\nenum Status {\n  OPEN\n  CLOSED @deprecated(reason: \"Gone\")\n}",
            SchemaPrinter.PrintSchema(schema));
    }
}
