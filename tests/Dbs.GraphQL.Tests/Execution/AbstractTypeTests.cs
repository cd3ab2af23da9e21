using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Tests.Execution;

public sealed class AbstractTypeTests
{
    private const string Sdl = """
        interface Named { name: String }
        type Dog implements Named { name: String barks: Boolean }
        type Cat implements Named { name: String meows: Boolean }
        union Pet = Dog | Cat
        type Query { pets: [Pet] named: [Named] one: Named }
        """;


    [Fact]
    public async Task Resolves_dictionaries_by_their_typename_entry()
    {
        var schema = Run.Schema(Sdl);
        var root = Run.Map(
            ("pets", new[] { Run.Map(("__typename", "Dog"), ("name", "Rex"), ("barks", true)), Run.Map(("__typename", "Cat"), ("name", "Tom"), ("meows", false)) }),
            ("named", new[] { Run.Map(("__typename", "Cat"), ("name", "Tom"), ("meows", true)) }));
        var json = await Run.Json(schema, "{ pets { __typename ... on Dog { name barks } ...C } named { name ... on Cat { meows } } } fragment C on Cat { name meows }", root);
        Assert.Equal(Run.Expect("{'data':{'pets':[{'__typename':'Dog','name':'Rex','barks':true},{'__typename':'Cat','name':'Tom','meows':false}],'named':[{'name':'Tom','meows':true}]}}"), json);
    }

    [Fact]
    public async Task Resolves_clr_objects_by_their_bound_runtime_type()
    {
        var schema = Run.Schema(Sdl, builder => builder
            .BindRuntimeType<Dog>("Dog")
            .BindRuntimeType<Cat>("Cat")
            .AddResolver("Query", "pets", _ => new object[] { new Dog("Rex", true), new Cat("Tom", false) }));
        var json = await Run.Json(schema, "{ pets { ... on Named { name } ... on Dog { barks } ... on Cat { meows } } }");
        Assert.Equal(Run.Expect("{'data':{'pets':[{'name':'Rex','barks':true},{'name':'Tom','meows':false}]}}"), json);
    }

    [Fact]
    public async Task Uses_a_registered_type_resolver()
    {
        var schema = Run.Schema(Sdl, builder => builder
            .AddTypeResolver("Named", (value, _) => value is string ? "Cat" : "Dog")
            .AddResolver("Query", "named", _ => new object[] { "a cat", 42 })
            .AddResolver("Cat", "name", context => context.Parent)
            .AddResolver("Dog", "name", context => context.Parent!.ToString()));
        var json = await Run.Json(schema, "{ named { __typename name } }");
        Assert.Equal(Run.Expect("{'data':{'named':[{'__typename':'Cat','name':'a cat'},{'__typename':'Dog','name':'42'}]}}"), json);
    }

    [Fact]
    public async Task Reports_values_that_resolve_to_no_object_type_as_graphql_js_does()
    {
        var schema = Run.Schema(Sdl);
        var root = Run.Map(
            ("one", Run.Map(("name", "x"))),
            ("pets", new[] { Run.Map(("__typename", "Named")), Run.Map(("__typename", "Nope")) }));
        var json = await Run.Json(schema, "{ one { name } pets { __typename } }", root);
        Assert.Equal(Run.Expect("""
            {'errors':[
              {'message':'Abstract type \u0022Named\u0022 must resolve to an Object type at runtime for field \u0022Query.one\u0022. Either the \u0022Named\u0022 type should provide a \u0022resolveType\u0022 function or each possible type should provide an \u0022isTypeOf\u0022 function.','locations':[{'line':1,'column':3}],'path':['one']},
              {'message':'Abstract type \u0022Pet\u0022 was resolved to a non-object type \u0022Named\u0022.','locations':[{'line':1,'column':16}],'path':['pets',0]},
              {'message':'Abstract type \u0022Pet\u0022 was resolved to a type \u0022Nope\u0022 that does not exist inside the schema.','locations':[{'line':1,'column':16}],'path':['pets',1]}],
             'data':{'one':null,'pets':[null,null]}}
            """), json);
    }

    [Fact]
    public async Task Rejects_an_object_type_outside_the_union()
    {
        var schema = Run.Schema(Sdl + " type Fish { name: String }");
        var root = Run.Map(("pets", new[] { Run.Map(("__typename", "Fish")) }));
        var json = await Run.Json(schema, "{ pets { __typename } }", root);
        Assert.Contains("Runtime Object type \\\"Fish\\\" is not a possible type for \\\"Pet\\\".", json, StringComparison.Ordinal);
    }

    private sealed record Dog(string Name, bool Barks);

    private sealed record Cat(string Name, bool Meows);

}
