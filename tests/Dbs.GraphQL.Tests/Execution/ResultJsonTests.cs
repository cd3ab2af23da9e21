using System.Text;
using Dbs.GraphQL.Execution;

namespace Dbs.GraphQL.Tests.Execution;

public sealed class ResultJsonTests
{
    [Fact]
    public async Task Writes_errors_first_and_data_keys_in_selection_order()
    {
        var schema = Run.Schema("type Query { z: Int a: Int m: String! }");
        var json = await Run.Json(schema, "{ z a m z2: z }", Run.Map(("z", 1), ("a", 2), ("m", null)));
        Assert.StartsWith("{\"errors\":[{\"message\":\"Cannot return null for non-nullable field Query.m.\"", json, StringComparison.Ordinal);
        Assert.EndsWith("\"data\":null}", json, StringComparison.Ordinal);
        var ordered = await Run.Json(schema, "{ z a z2: z }", Run.Map(("z", 1), ("a", 2)));
        Assert.Equal("{\"data\":{\"z\":1,\"a\":2,\"z2\":1}}", ordered);
    }

    [Fact]
    public async Task Writes_numbers_as_javascript_prints_them()
    {
        var schema = Run.Schema("type Query { f: [Float] i: Int }");
        var floats = new object[] { 1.0, -0.0, 0.1, 19.98, 1e21, 1.5e-7, 123456789012345680000.0, 2.5e15, 9007199254740993.0, 1e-6 };
        var json = await Run.Json(schema, "{ f i }", Run.Map(("f", floats), ("i", -5)));
        Assert.Equal("{\"data\":{\"f\":[1,0,0.1,19.98,1e+21,1.5e-7,123456789012345680000,2500000000000000,9007199254740992,0.000001],\"i\":-5}}", json);
    }

    [Fact]
    public async Task Writes_a_declared_long_as_a_json_number_with_every_digit_and_reads_it_back_from_variables()
    {
        var schema = Run.Schema("scalar Long type Query { l: [Long!]! echo(value: Long!): Long! }",
            b => b.AddResolver("Query", "echo", context => context.ArgumentValue<long>("value")));
        var json = await Run.Json(schema, "{ l echo(value: -9223372036854775808) }",
            Run.Map(("l", new object[] { long.MaxValue, 9007199254740993L, 12 })));
        Assert.Equal("{\"data\":{\"l\":[9223372036854775807,9007199254740993,12],\"echo\":-9223372036854775808}}", json);
        var echoed = await Run.Json(schema, "query($v: Long!) { echo(value: $v) }", Run.Map(("l", Array.Empty<object>())),
            Run.Map(("v", 5_000_000_001L)));
        Assert.Equal("{\"data\":{\"echo\":5000000001}}", echoed);
        Assert.Equal(Dbs.GraphQL.Types.LongType.DefaultDescription, schema.GetType("Long")!.Description);
    }

    [Fact]
    public async Task Writes_strings_as_json_stringify_does()
    {
        var schema = Run.Schema("type Query { s: String }");
        var json = await Run.Json(schema, "{ s }", Run.Map(("s", "æøå \"q\" <b> & \n\t\u0001 📄 \ud800!")));
        Assert.Equal("{\"data\":{\"s\":\"æøå \\\"q\\\" <b> & \\n\\t\\u0001 📄 \\ud800!\"}}", json);
    }

    [Fact]
    public async Task Streams_a_large_result_in_portions_with_the_same_bytes_as_the_whole()
    {
        var schema = Run.Schema("type Query { items: [Item!]! } type Item { id: Int! name: String! tags: [String!]! }");
        var items = Enumerable.Range(0, 3000).Select(i => Run.Map(("id", i), ("name", $"item {i}"), ("tags", new[] { "a", "b" }))).ToList();
        var executor = new RequestExecutor(schema);
        using var result = await executor.ExecuteAsync(new OperationRequest { Query = "{ items { id name tags } }", RootValue = Run.Map(("items", items)) });
        var stream = new CountingStream();
        await result.WriteToAsync(stream);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(result.ToJson(), text);
        Assert.True(stream.Flushes > 3, $"expected several flushes, got {stream.Flushes}");
        Assert.StartsWith("{\"data\":{\"items\":[{\"id\":0,\"name\":\"item 0\",\"tags\":[\"a\",\"b\"]},{\"id\":1,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_is_offered_as_ordered_dictionaries_and_lists()
    {
        var schema = Run.Schema("type Query { o: O } type O { b: Int a: [Float] }");
        var executor = new RequestExecutor(schema);
        using var result = await executor.ExecuteAsync(new OperationRequest
        {
            Query = "{ o { b a } }",
            RootValue = Run.Map(("o", Run.Map(("b", 1), ("a", new object?[] { 1.5, null })))),
        });
        var o = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Data!["o"]);
        Assert.Equal(["b", "a"], o.Keys);
        Assert.Equal(new object?[] { 1.5, null }, Assert.IsAssignableFrom<IEnumerable<object?>>(o["a"]));
    }

    [Fact]
    public async Task Custom_scalar_values_are_written_as_json()
    {
        var schema = Run.Schema("scalar JSON type Query { j: JSON d: DateTime }");
        var json = await Run.Json(schema, "{ j d }", Run.Map(
            ("j", Run.Map(("list", new object?[] { 1, 2.5, "x", true, null }), ("big", 1234567890123L))),
            ("d", new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero))));
        Assert.Equal("{\"data\":{\"j\":{\"list\":[1,2.5,\"x\",true,null],\"big\":1234567890123},\"d\":\"2024-01-02T03:04:05Z\"}}", json);
    }

    [Fact]
    public async Task The_json_writer_path_and_the_buffer_path_write_the_same_bytes()
    {
        var schema = Run.Schema("scalar JSON type Query { o: [O] bad: Int! } type O { s: String f: Float i: Int b: Boolean j: JSON n: [[Int]] }");
        var root = Run.Map(("o", new object?[]
        {
            Run.Map(("s", "a\"b\\c\u0002 æ 📄"), ("f", 0.1), ("i", 7), ("b", false), ("j", Run.Map(("k", new object?[] { 1e21, "x" }))), ("n", new object?[] { new object?[] { 1, null }, null })),
            null,
            Run.Map(("f", 1e-7), ("b", true)),
        }));
        var executor = new RequestExecutor(schema);
        foreach (var query in new[] { "{ o { s f i b j n } }", "{ o { s } bad }" })
        {
            using var result = await executor.ExecuteAsync(new OperationRequest { Query = query, RootValue = root });
            result.SetExtension("cost", Run.Map(("total", 3)));
            using var buffer = new MemoryStream();
            using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, ExecutionResult.JsonWriterOptions))
            {
                result.WriteTo(writer);
            }

            Assert.Equal(Encoding.UTF8.GetString(buffer.ToArray()), result.ToJson());
        }
    }

    private sealed class CountingStream : MemoryStream
    {
        public int Flushes { get; private set; }

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            Flushes++;
            return base.FlushAsync(cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Flushes++;
            return base.WriteAsync(buffer, offset, count, cancellationToken);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Flushes++;
            return base.WriteAsync(buffer, cancellationToken);
        }
    }
}
