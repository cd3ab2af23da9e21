using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Tests.Execution;

public sealed class NullPropagationTests
{
    private static readonly Schema Schema = Run.Schema("""
        type Query { a: A b: A! list: [A] strict: [A!] stricter: [A!]! }
        type A { x: Int y: Int! inner: A deep: A! }
        """);

    private static Dictionary<string, object?> A(object? x, object? y, object? inner = null, object? deep = null) =>
        Run.Map(("x", x), ("y", y), ("inner", inner), ("deep", deep));

    private static readonly Dictionary<string, object?> Root = Run.Map(
        ("a", A(1, null)),
        ("b", A(2, 2, inner: A(3, null))),
        ("list", new[] { A(1, 1), A(2, null) }),
        ("strict", new[] { A(1, 1), A(null, null) }),
        ("stricter", new[] { A(1, 1, deep: A(null, 1, deep: A(null, null))) }));

    [Fact]
    public async Task A_null_travels_up_to_the_nearest_nullable_field_or_list_item()
    {
        var json = await Run.Json(Schema, "{ a { x y } b { x inner { x y } } list { x y } strict { y } }", Root);
        Assert.Equal(Run.Expect("""
            {'errors':[
              {'message':'Cannot return null for non-nullable field A.y.','locations':[{'line':1,'column':9}],'path':['a','y']},
              {'message':'Cannot return null for non-nullable field A.y.','locations':[{'line':1,'column':29}],'path':['b','inner','y']},
              {'message':'Cannot return null for non-nullable field A.y.','locations':[{'line':1,'column':44}],'path':['list',1,'y']},
              {'message':'Cannot return null for non-nullable field A.y.','locations':[{'line':1,'column':57}],'path':['strict',1,'y']}],
             'data':{'a':null,'b':{'x':2,'inner':null},'list':[{'x':1,'y':1},null],'strict':null}}
            """), json);
    }

    [Fact]
    public async Task A_null_under_non_null_positions_all_the_way_up_nulls_the_data()
    {
        var json = await Run.Json(Schema, "{ list { x } stricter { x deep { y deep { y } } } }", Root);
        Assert.Equal(Run.Expect("""
            {'errors':[{'message':'Cannot return null for non-nullable field A.y.','locations':[{'line':1,'column':43}],'path':['stricter',0,'deep','deep','y']}],
             'data':null}
            """), json);
    }

    [Fact]
    public async Task A_missing_non_null_object_nulls_its_parent_only()
    {
        var json = await Run.Json(Schema, "{ b { x y } c: b { inner { deep { y } } } }", Root);
        Assert.Equal(Run.Expect("""
            {'errors':[{'message':'Cannot return null for non-nullable field A.deep.','locations':[{'line':1,'column':28}],'path':['c','inner','deep']}],
             'data':{'b':{'x':2,'y':2},'c':{'inner':null}}}
            """), json);
    }

    [Fact]
    public async Task A_null_from_an_asynchronous_resolver_propagates_like_a_synchronous_one()
    {
        var schema = Run.Schema("type Query { outer: Outer } type Outer { ok: Int late: Int! }", builder => builder
            .AddResolver("Query", "outer", _ => new object())
            .AddResolver("Outer", "ok", _ => 1)
            .AddResolver("Outer", "late", async _ =>
            {
                await Task.Yield();
                return null;
            }));
        var json = await Run.Json(schema, "{ outer { ok late } }");
        Assert.Equal(Run.Expect("""
            {'errors':[{'message':'Cannot return null for non-nullable field Outer.late.','locations':[{'line':1,'column':14}],'path':['outer','late']}],
             'data':{'outer':null}}
            """), json);
    }
}
