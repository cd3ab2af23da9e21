using System.Text.Json;
using Dbs.Api.Tests.Support;

namespace Dbs.Api.Tests.Features.Municipalities;

public sealed class MunicipalityQueriesTests : IAsyncLifetime
{
    private const string Page =
        "query($first: Int, $after: String, $last: Int, $before: String) { municipalities(first: $first, after: $after, last: $last, before: $before) " +
        "{ totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id code } } nodes { code } } }";

    private readonly GraphQLHost _host = new();

    [Fact]
    public async Task Paging_forward_by_fifty_visits_all_98_once_with_correct_page_info()
    {
        var token = await _host.TokenAsync("791");

        var first = await PageAsync(token, new { first = 50 });
        var second = await PageAsync(token, new { first = 50, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() });

        var codes = Codes(first).Concat(Codes(second)).ToList();
        Assert.Equal(98, codes.Count);
        Assert.Equal(98, codes.Distinct().Count());
        Assert.Equal(98, first.GetProperty("totalCount").GetInt32());
        Assert.Equal((true, false), PageFlags(first));
        Assert.Equal((false, true), PageFlags(second));
        Assert.Equal(Codes(second), second.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()!));
    }

    [Fact]
    public async Task Without_arguments_a_page_is_ten_and_last_before_pages_backwards()
    {
        var token = await _host.TokenAsync("791");

        var start = await PageAsync(token, new { });
        var back = await PageAsync(token, new { last = 3, before = start.GetProperty("pageInfo").GetProperty("endCursor").GetString() });

        Assert.Equal(10, Codes(start).Count);
        Assert.Equal(Codes(start)[6..9], Codes(back));
        Assert.Equal((true, true), PageFlags(back));
        Assert.Equal(back.GetProperty("edges")[0].GetProperty("cursor").GetString(),
            back.GetProperty("pageInfo").GetProperty("startCursor").GetString());
    }

    [Fact]
    public async Task More_than_fifty_or_a_foreign_cursor_is_a_clear_error_on_a_null_field()
    {
        var token = await _host.TokenAsync("791");

        var (_, tooMany) = await _host.PostAsync(Page, token, new { first = 51 });
        var (_, badCursor) = await _host.PostAsync(Page, token, new { after = "bm90IGEgY3Vyc29y" });

        var error = tooMany.GetProperty("errors")[0];
        Assert.Equal("`first` asks for 51 items, but a page holds at most 50. Request at most 50 and page through the rest with the cursors.",
            error.GetProperty("message").GetString());
        Assert.Equal("PAGING_PAGE_SIZE_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, tooMany.GetProperty("data").GetProperty("municipalities").ValueKind);
        Assert.Equal("PAGING_INVALID_ARGUMENT", badCursor.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_anonymous_caller_gets_null_with_auth_not_authenticated()
    {
        var (status, body) = await _host.PostAsync(Page);

        Assert.Equal(200, status);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("municipalities").ValueKind);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<JsonElement> PageAsync(string token, object variables)
    {
        var (_, body) = await _host.PostAsync(Page, token, variables);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data").GetProperty("municipalities");
    }

    private static List<string> Codes(JsonElement page) =>
        [.. page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("code").GetString()!)];

    private static (bool Next, bool Previous) PageFlags(JsonElement page) =>
        (page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean(),
         page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
}
