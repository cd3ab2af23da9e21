using System.Text;
using System.Text.Json;
using Dbs.Api.Features.Relay;
using Dbs.Api.Tests.Support;

namespace Dbs.Api.Tests.Features.Relay;

public sealed class NodeQueriesTests : IAsyncLifetime
{
    private readonly GraphQLHost _host = new();

    [Fact]
    public void Global_ids_are_base64_of_type_and_key_as_in_HotChocolate()
    {
        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes("Municipality:42")), GlobalId.Encode("Municipality", 42));
        Assert.Equal(("Municipality", 42), GlobalId.Decode(GlobalId.Encode("Municipality", 42)));
        Assert.Null(GlobalId.Decode("not base64!"));
        Assert.Null(GlobalId.Decode(Convert.ToBase64String(Encoding.UTF8.GetBytes("Municipality:x"))));
    }

    [Fact]
    public async Task Node_fetches_a_municipality_again_by_the_id_it_was_listed_with()
    {
        var token = await _host.TokenAsync("dbs");
        var listed = (await _host.PostAsync("{ municipalities(first: 1) { nodes { id name } } }", token))
            .Body.GetProperty("data").GetProperty("municipalities").GetProperty("nodes")[0];

        var (_, body) = await _host.PostAsync(
            "query($id: ID!) { node(id: $id) { __typename id ... on Municipality { name } } }", token, new { id = listed.GetProperty("id").GetString() });

        var node = body.GetProperty("data").GetProperty("node");
        Assert.Equal(("Municipality", listed.GetProperty("name").GetString()),
            (node.GetProperty("__typename").GetString(), node.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Nodes_keeps_the_order_and_gives_null_for_unknown_foreign_and_anonymous_reads()
    {
        var token = await _host.TokenAsync("751");
        var known = GlobalId.Encode("Municipality", 1);
        string[] ids = [GlobalId.Encode("Municipality", 999_999), known, GlobalId.Encode("Agreement", 1), "garbage"];

        var (_, signedIn) = await _host.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", token, new { ids });
        var (_, anonymous) = await _host.PostAsync("query($id: ID!) { node(id: $id) { id } }", variables: new { id = known });

        var nodes = signedIn.GetProperty("data").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal([JsonValueKind.Null, JsonValueKind.Object, JsonValueKind.Null, JsonValueKind.Null], nodes.Select(n => n.ValueKind));
        Assert.Equal(known, nodes[1].GetProperty("id").GetString());
        Assert.Equal("""{"data":{"node":null}}""", anonymous.ToString());
    }

    [Fact]
    public async Task Nodes_refuses_more_than_fifty_ids()
    {
        var token = await _host.TokenAsync("751");
        var ids = Enumerable.Range(1, 51).Select(i => GlobalId.Encode("Municipality", i)).ToArray();

        var (_, body) = await _host.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", token, new { ids });

        Assert.Equal("`nodes` takes at most 50 ids; 51 were given.", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
