namespace Dbs.GraphQL.Tests.Execution;

public sealed class IntrospectionExecutionTests
{
    [Fact]
    public async Task Answers_schema_and_type_introspection_through_the_type_system_resolvers()
    {
        var schema = Run.Schema("""
            "An agreement" type Agreement { id: ID! old: String @deprecated(reason: "gone") }
            type Query { agreement(id: ID!, limit: Int = 10): Agreement }
            """);
        var json = await Run.Json(schema, """
            {
              __schema { queryType { name } mutationType { name } }
              __type(name: "Agreement") {
                kind name description
                fields(includeDeprecated: true) { name isDeprecated deprecationReason type { kind ofType { name } } }
              }
              q: __type(name: "Query") { fields { args { name defaultValue type { name kind } } } }
              none: __type(name: "Nope") { name }
            }
            """);
        Assert.Equal(Run.Expect("""
            {'data':{
              '__schema':{'queryType':{'name':'Query'},'mutationType':null},
              '__type':{'kind':'OBJECT','name':'Agreement','description':'An agreement','fields':[
                {'name':'id','isDeprecated':false,'deprecationReason':null,'type':{'kind':'NON_NULL','ofType':{'name':'ID'}}},
                {'name':'old','isDeprecated':true,'deprecationReason':'gone','type':{'kind':'SCALAR','ofType':null}}]},
              'q':{'fields':[{'args':[
                {'name':'id','defaultValue':null,'type':{'name':null,'kind':'NON_NULL'}},
                {'name':'limit','defaultValue':'10','type':{'name':'Int','kind':'SCALAR'}}]}]},
              'none':null}}
            """), json);
    }
}
