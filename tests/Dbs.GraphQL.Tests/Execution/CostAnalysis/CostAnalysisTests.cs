using System.Text.Json;
using Dbs.GraphQL.Execution;
using Dbs.GraphQL.Execution.CostAnalysis;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Tests.Execution.CostAnalysis;

public sealed class CostAnalysisTests
{
    private static readonly Schema Schema = Run.Schema(CostDirectives.Sdl + """

        type Query {
          user: User
          admin: Admin
          node: Node
          expensive: Int @cost(weight: "10")
          plain: [User]
          users(first: Int, last: Int): UserConnection
            @listSize(assumedSize: 50, slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)
          tags(max: Int = 5): [User!] @listSize(slicingArguments: ["max"])
          search(filter: Filter): [User!] @listSize(slicingArguments: ["filter.max"], requireOneSlicingArgument: false)
          required(first: Int, last: Int): [User] @listSize(slicingArguments: ["first", "last"])
          weighed(detail: Boolean @cost(weight: "4")): Int
        }

        type Mutation { save: Boolean }

        input Filter { max: Int }

        interface Node { id: ID! }

        type User implements Node {
          id: ID!
          name: String
          heavy: String @cost(weight: "2.5")
          friends(first: Int): [User] @listSize(assumedSize: 20, slicingArguments: ["first"], requireOneSlicingArgument: false)
        }

        type Admin implements Node @cost(weight: "3") { id: ID! users: [User] }

        type UserConnection { edges: [UserEdge] nodes: [User] totalCount: Int }

        type UserEdge { node: User cursor: String }
        """);

    [Theory]
    [InlineData("{ user { name id } }", 1, 2)]
    [InlineData("{ expensive user { heavy } }", 13.5, 2)]
    [InlineData("{ __typename }", 0, 1)]
    [InlineData("{ __schema { types { name fields { name args { name } } } } }", 0, 1)]
    [InlineData("{ admin { id } }", 1, 4)]
    [InlineData("mutation { save }", 10, 1)]
    [InlineData("{ weighed(detail: true) }", 4, 1)]
    public async Task Weighs_composite_fields_1_leaves_0_and_lets_cost_directives_override(string query, double field, double type)
    {
        Assert.Equal(new OperationCost(field, type), await CostOf(query));
    }

    [Fact]
    public async Task Nested_lists_multiply_by_their_slicing_argument_or_the_default_list_size()
    {
        // plain: 1 + 10 × (friends: 1 + 3 × 0); objects: 10 × (1 + 3) + the root.
        Assert.Equal(new OperationCost(11, 41), await CostOf("{ plain { friends(first: 3) { name } } }"));
        // Without first, friends' assumed size (20) counts.
        Assert.Equal(new OperationCost(11, 211), await CostOf("{ plain { friends { name } } }"));
    }

    [Fact]
    public async Task A_connection_hands_its_size_to_its_sized_fields()
    {
        const string query = "{ users(first: 5) { totalCount edges { node { name } } nodes { name } } }";

        // users 1 + (edges 1 + 5 × node 1) + (nodes 1); objects: connection 1 + 5 edges + 5 nodes + 5 nodes + root.
        Assert.Equal(new OperationCost(8, 17), await CostOf(query));
        Assert.Equal(new OperationCost(53, 152), await CostOf(query.Replace("(first: 5)", "", StringComparison.Ordinal)));
        Assert.Equal(new OperationCost(53, 152), await CostOf(query.Replace("first: 5", "first: 2, last: 50", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Slicing_arguments_are_read_from_variables_defaults_and_input_objects()
    {
        const string query = "query($n: Int) { users(first: $n) { nodes { id } } }";

        Assert.Equal(new OperationCost(2, 9), await CostOf(query, Run.Map(("n", 7))));
        Assert.Equal(new OperationCost(2, 52), await CostOf(query));
        Assert.Equal(new OperationCost(1, 6), await CostOf("{ tags { id } }"));
        Assert.Equal(new OperationCost(1, 13), await CostOf("{ tags(max: 12) { id } }"));
        Assert.Equal(new OperationCost(1, 4), await CostOf("{ search(filter: { max: 3 }) { id } }"));
        Assert.Equal(new OperationCost(1, 4), await CostOf("query($f: Filter) { search(filter: $f) { id } }", Run.Map(("f", Run.Map(("max", 3))))));
    }

    [Fact]
    public async Task Fragments_count_wherever_they_are_spread_sized_fields_included()
    {
        Assert.Equal(new OperationCost(13, 34),
            await CostOf("{ user { ...F } plain { ...F } } fragment F on User { friends(first: 2) { id } }"));
        Assert.Equal(new OperationCost(2, 6),
            await CostOf("{ users(first: 4) { ...C } } fragment C on UserConnection { nodes { id } }"));
    }

    [Fact]
    public async Task Fragments_on_different_types_of_an_abstract_field_count_the_costliest_type()
    {
        const string query = "{ node { id ... on User { friends(first: 3) { id } } ... on Admin { users { id } } } }";

        // node 1 + max(User 1, Admin 1); objects: node 1 + max(3 friends, 10 users) + root.
        Assert.Equal(new OperationCost(2, 12), await CostOf(query));
    }

    [Fact]
    public async Task A_field_requiring_one_slicing_argument_refuses_none_or_two()
    {
        var options = new RequestExecutorOptions { Cost = CostOptions.Default };

        var none = await Run.Json(Schema, "{ required { id } }", options: options);
        var two = await Run.Json(Schema, "{ required(first: 1, last: 1) { id } }", options: options);
        var one = await Run.Json(Schema, "{ required(first: 2) { id } }", options: options);

        Assert.Equal(Run.Expect("{'errors':[{'message':'Exactly one slicing argument (`first`, `last`) must be given to `required`; 0 were given.','locations':[{'line':1,'column':3}],'extensions':{'code':'SLICING_ARGUMENT_REQUIRED'}}]}"), none);
        Assert.Contains("2 were given", two, StringComparison.Ordinal);
        Assert.Equal(Run.Expect("{'data':{'required':null}}"), one);
    }

    [Fact]
    public async Task An_operation_over_a_limit_is_refused_with_its_cost_and_the_limit()
    {
        const string query = "{ plain { friends(first: 3) { name } } }";

        var field = await Run.Json(Schema, query, options: new RequestExecutorOptions { Cost = new CostOptions { MaxFieldCost = 10 } });
        var type = await Run.Json(Schema, query, options: new RequestExecutorOptions { Cost = new CostOptions { MaxTypeCost = 40 } });
        var within = await Run.Json(Schema, query, options: new RequestExecutorOptions { Cost = new CostOptions { MaxFieldCost = 11, MaxTypeCost = 41 } });

        Assert.Equal(Run.Expect("{'errors':[{'message':'The maximum allowed field cost was exceeded: the operation\\u0027s field cost is 11, the limit 10.','locations':[{'line':1,'column':1}],'extensions':{'code':'HC0047','fieldCost':11,'maxFieldCost':10}}]}"), field);
        Assert.Equal(Run.Expect("{'errors':[{'message':'The maximum allowed type cost was exceeded: the operation\\u0027s type cost is 41, the limit 40.','locations':[{'line':1,'column':1}],'extensions':{'code':'HC0047','typeCost':41,'maxTypeCost':40}}]}"), type);
        Assert.Equal(Run.Expect("{'data':{'plain':null}}"), within);
    }

    [Fact]
    public async Task The_cost_is_reported_in_extensions_when_the_request_asks()
    {
        var executor = new RequestExecutor(Schema, new RequestExecutorOptions { Cost = CostOptions.Default });

        using var reported = await executor.ExecuteAsync(new OperationRequest { Query = "{ user { id } }", ReportCost = true });
        using var silent = await executor.ExecuteAsync(new OperationRequest { Query = "{ user { id } }" });

        Assert.Equal(Run.Expect("{'data':{'user':null},'extensions':{'operationCost':{'fieldCost':1,'typeCost':2}}}"), reported.ToJson());
        Assert.Equal(Run.Expect("{'data':{'user':null}}"), silent.ToJson());
    }

    [Fact]
    public async Task A_document_of_fragments_spread_twice_per_level_is_costed_in_linear_time()
    {
        // 2^30 paths: counted by enumeration this would not finish.
        var fragments = string.Concat(Enumerable.Range(0, 30).Select(i => $"fragment F{i} on User {{ a: friends(first: 2) {{ ...F{i + 1} }} b: friends(first: 2) {{ ...F{i + 1} }} }} "));
        var query = "{ user { ...F0 } } " + fragments + "fragment F30 on User { id }";

        var cost = await CostOf(query);

        Assert.True(cost.FieldCost > 1e9, cost.ToString());
    }

    private static async Task<OperationCost> CostOf(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var executor = new RequestExecutor(Schema, new RequestExecutorOptions
        {
            Cost = new CostOptions { MaxFieldCost = null, MaxTypeCost = null },
        });
        using var result = await executor.ExecuteAsync(new OperationRequest { Query = query, Variables = variables, ReportCost = true });
        Assert.Empty(result.Errors);
        var cost = (IReadOnlyDictionary<string, object?>)result.Extensions!["operationCost"]!;
        return new OperationCost((double)cost["fieldCost"]!, (double)cost["typeCost"]!);
    }
}
