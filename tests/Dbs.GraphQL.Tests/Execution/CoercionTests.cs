using System.Text.Json;
using Dbs.GraphQL.Execution;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Tests.Execution;

public sealed class CoercionTests
{
    private const string Sdl = """
        input In { a: [Int!]! b: String = "dflt" }
        type Query { echo(v: Int = 7, i: In, s: String): String }
        """;

    // Echoes the coerced arguments the resolver sees, in definition order.
    private static readonly Schema Schema = Run.Schema(Sdl, builder => builder.AddResolver("Query", "echo", context =>
    {
        var arguments = new Dictionary<string, object?>();
        foreach (var argument in context.Field.Arguments)
        {
            if (context.HasArgument(argument.Name))
            {
                arguments[argument.Name] = context.ArgumentValue<object?>(argument.Name);
            }
        }

        return JsonSerializer.Serialize(arguments);
    }));

    private static readonly RequestExecutorOptions NoCodes = new() { IncludeErrorCodes = false };

    [Fact]
    public async Task Applies_variable_and_argument_defaults_and_explicit_nulls()
    {
        var json = await Run.Json(Schema, "query($n: Int = 3, $s: String) { a: echo(v: $n) b: echo(s: $s) c: echo d: echo(v: null) e: echo(i: {a: 5}) }");
        Assert.Equal(Run.Expect("""{'data':{'a':'{\u0022v\u0022:3}','b':'{\u0022v\u0022:7}','c':'{\u0022v\u0022:7}','d':'{\u0022v\u0022:null}','e':'{\u0022v\u0022:7,\u0022i\u0022:{\u0022a\u0022:[5],\u0022b\u0022:\u0022dflt\u0022}}'}}"""), json);
    }

    [Fact]
    public async Task An_explicit_null_variable_overrides_its_default()
    {
        var json = await Run.Json(Schema, "query($n: Int = 3) { a: echo(v: $n) }", variables: Run.Map(("n", null)));
        Assert.Equal(Run.Expect("""{'data':{'a':'{\u0022v\u0022:null}'}}"""), json);
    }

    [Fact]
    public async Task Reports_every_invalid_part_of_a_variable_with_its_path()
    {
        var variables = Run.Map(("i", Run.Map(("a", new object[] { 1, "x" }), ("c", 1))));
        var json = await Run.Json(Schema, "query($i: In) { echo(i: $i) }", variables: variables, options: NoCodes);
        Assert.Equal(Run.Expect("""
            {'errors':[
              {'message':'Variable \u0022$i\u0022 got invalid value \u0022x\u0022 at \u0022i.a[1]\u0022; Int cannot represent non-integer value: \u0022x\u0022','locations':[{'line':1,'column':7}]},
              {'message':'Variable \u0022$i\u0022 got invalid value { a: [1, \u0022x\u0022], c: 1 }; Field \u0022c\u0022 is not defined by type \u0022In\u0022. Did you mean \u0022a\u0022 or \u0022b\u0022?','locations':[{'line':1,'column':7}]}]}
            """), json);
    }

    [Fact]
    public async Task Hides_suggestions_when_asked()
    {
        var variables = Run.Map(("i", Run.Map(("a", new object[] { 1 }), ("c", 1))));
        var json = await Run.Json(Schema, "query($i: In) { echo(i: $i) }", variables: variables,
            options: new RequestExecutorOptions { HideSuggestions = true });
        Assert.Contains("Field \\\"c\\\" is not defined by type \\\"In\\\".\"", json, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"BAD_USER_INPUT\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requires_non_null_variables()
    {
        var missing = await Run.Json(Schema, "query($i: In!) { echo(i: $i) }", options: NoCodes);
        var nulled = await Run.Json(Schema, "query($i: In!) { echo(i: $i) }", variables: Run.Map(("i", null)), options: NoCodes);
        Assert.Equal(Run.Expect("{'errors':[{'message':'Variable \\u0022$i\\u0022 of required type \\u0022In!\\u0022 was not provided.','locations':[{'line':1,'column':7}]}]}"), missing);
        Assert.Equal(Run.Expect("{'errors':[{'message':'Variable \\u0022$i\\u0022 of non-null type \\u0022In!\\u0022 must not be null.','locations':[{'line':1,'column':7}]}]}"), nulled);
    }

    [Fact]
    public async Task Reads_variables_from_a_json_object()
    {
        using var json = JsonDocument.Parse("""{ "n": 5, "i": { "a": [1, 2] }, "unused": [true] }""");
        var executor = new RequestExecutor(Schema);
        using var result = await executor.ExecuteAsync(new OperationRequest
        {
            Query = "query($n: Int, $i: In) { echo(v: $n, i: $i) }",
            VariablesJson = json.RootElement,
        });
        Assert.Equal(Run.Expect("""{'data':{'echo':'{\u0022v\u0022:5,\u0022i\u0022:{\u0022a\u0022:[1,2],\u0022b\u0022:\u0022dflt\u0022}}'}}"""), result.ToJson());
    }

    [Fact]
    public async Task A_variable_nested_far_beyond_the_parser_bound_is_a_clean_error()
    {
        var depth = 100_000;
        var text = new string('[', depth) + "1" + new string(']', depth);
        using var json = JsonDocument.Parse("{\"l\":" + text + "}", new JsonDocumentOptions { MaxDepth = depth + 10 });
        var schema = Run.Schema("type Query { deep(l: [[Int]]): Int }");
        var executor = new RequestExecutor(schema);
        using var result = await executor.ExecuteAsync(new OperationRequest
        {
            Query = "query($l: [[Int]]) { deep(l: $l) }",
            VariablesJson = json.RootElement,
        });
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Variable \"$l\" got invalid value ", error.Message, StringComparison.Ordinal);
        Assert.Contains("at \"l[0][0]\"; Int cannot represent non-integer value", error.Message, StringComparison.Ordinal);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task A_deep_variable_for_a_deep_list_type_stops_at_the_nesting_bound()
    {
        object nested = 1;
        for (var i = 0; i < 50_000; i++)
        {
            nested = new List<object?> { nested };
        }

        var type = new string('[', 300) + "Int" + new string(']', 300);
        var deepParser = ParserOptions.Default with { MaxDepth = 1000 };
        var schema = SchemaBuilder.New()
            .AddDocument(Parser.Parse($"type Query {{ deep(l: {type}): Int }}", deepParser))
            .Create();
        var executor = new RequestExecutor(schema, new RequestExecutorOptions
        {
            ParserOptions = deepParser,
        });
        using var result = await executor.ExecuteAsync(new OperationRequest
        {
            Query = $"query($l: {type}) {{ deep(l: $l) }}",
            Variables = Run.Map(("l", nested)),
        });
        var error = Assert.Single(result.Errors);
        Assert.EndsWith("Input value exceeds the maximum nesting depth of 200.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_a_null_variable_in_a_non_null_argument_as_a_field_error()
    {
        var schema = Run.Schema("type Query { need(x: Int!): Int other: Int }", builder => builder
            .AddResolver("Query", "need", context => context.ArgumentValue<int>("x"))
            .AddResolver("Query", "other", _ => 1));
        var json = await Run.Json(schema, "query($v: Int = 1) { need(x: $v) other }", variables: Run.Map(("v", null)), options: NoCodes);
        Assert.Equal(Run.Expect("{'errors':[{'message':'Argument \\u0022x\\u0022 of non-null type \\u0022Int!\\u0022 must not be null.','locations':[{'line':1,'column':30}],'path':['need']}],'data':{'need':null,'other':1}}"), json);
    }

    [Fact]
    public async Task Converts_arguments_to_the_clr_types_a_resolver_asks_for()
    {
        var schema = Run.Schema("""
            enum Status { IN_PROGRESS DONE }
            input Filter { status: Status! ids: [ID!] limit: Int = 10 }
            type Query { find(filter: Filter!, ratio: Float, count: Int): String }
            """, builder => builder.AddResolver("Query", "find", context =>
        {
            var filter = context.ArgumentValue<Filter>("filter");
            var ratio = context.ArgumentValue<decimal>("ratio");
            var count = context.ArgumentValue<long?>("count");
            return $"{filter.Status} {string.Join("+", filter.Ids ?? [])} {filter.Limit} {ratio} {count?.ToString() ?? "none"}";
        }));
        var json = await Run.Json(schema, "{ find(filter: {status: IN_PROGRESS, ids: [1, \"b\"]}, ratio: 2) }");
        Assert.Equal(Run.Expect("{'data':{'find':'InProgress 1+b 10 2 none'}}"), json);
    }

    private enum Status
    {
        InProgress,
        Done,
    }

    private sealed record Filter(Status Status, IReadOnlyList<string>? Ids, int Limit);
}
