using System.Text.Json;

namespace Dbs.Api.Tests.Support;

/// <summary>One root list field asked with <c>where</c>, <c>order</c> and paging variables, read back as its connection.</summary>
public sealed class ListRequest(GraphQLHost host, string fieldName, string typeName, string selection)
{
    private string Query =>
        $"query($where: {typeName}FilterInput, $order: [{typeName}SortInput!], $first: Int, $after: String) " +
        $"{{ {fieldName}(where: $where, order: $order, first: $first, after: $after) {{ totalCount pageInfo {{ hasNextPage endCursor }} nodes {{ {selection} }} }} }}";

    /// <summary>The connection; fails the test on any error.</summary>
    public async Task<JsonElement> PageAsync(string token, object variables)
    {
        var (status, body) = await host.PostAsync(Query, token, variables);
        Assert.Equal(200, status);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data").GetProperty(fieldName);
    }

    public async Task<int> CountAsync(string token, object where) =>
        (await PageAsync(token, new { where, first = 50 })).GetProperty("totalCount").GetInt32();

    /// <summary>The ids of every node, following the cursors page by page.</summary>
    public async Task<List<string>> IdsAsync(string token, object? where, object order, int pageSize, int pages)
    {
        var ids = new List<string>();
        string? after = null;
        for (var i = 0; i < pages; i++)
        {
            var page = await PageAsync(token, new { where, order, first = pageSize, after });
            ids.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        return ids;
    }
}
