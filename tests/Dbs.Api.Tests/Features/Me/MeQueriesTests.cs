using System.Text.Json;
using Dbs.Api.Tests.Support;
using Dbs.Domain.Common;
using Dbs.Domain.Suppliers;

namespace Dbs.Api.Tests.Features.Me;

public sealed class MeQueriesTests : IAsyncLifetime
{
    private const string Query = "{ me { organisationKind organisationId organisationName role displayName } }";
    private readonly GraphQLHost _host = new();

    [Fact]
    public async Task Me_is_null_for_an_anonymous_caller()
    {
        var (status, body) = await _host.PostAsync(Query);

        Assert.Equal(200, status);
        Assert.Equal("""{"data":{"me":null}}""", body.ToString());
    }

    [Fact]
    public async Task A_municipality_token_names_its_municipality_by_global_id_and_its_role()
    {
        var token = await _host.TokenAsync("101", Role.Editor);

        var me = (await _host.PostAsync(Query, token)).Body.GetProperty("data").GetProperty("me");

        Assert.Equal(("MUNICIPALITY", "Københavns Kommune", "EDITOR", "Københavns Kommune (editor)"),
            (Text(me, "organisationKind"), Text(me, "organisationName"), Text(me, "role"), Text(me, "displayName")));
        var node = (await _host.PostAsync($$"""{ node(id: "{{Text(me, "organisationId")}}") { ... on Municipality { code } } }""", token))
            .Body.GetProperty("data").GetProperty("node");
        Assert.Equal("101", Text(node, "code"));
    }

    [Fact]
    public async Task A_supplier_token_names_the_supplier_and_a_dbs_token_has_no_organisation_id()
    {
        await using (var db = _host.CreateContext())
        {
            db.Add(new Supplier(Cvr.Parse("10000009"), "Eksempel Software A/S"));
            await db.SaveChangesAsync();
        }

        var supplier = (await _host.PostAsync(Query, await _host.TokenAsync("10000009"))).Body.GetProperty("data").GetProperty("me");
        var dbs = (await _host.PostAsync(Query, await _host.TokenAsync("dbs"))).Body.GetProperty("data").GetProperty("me");

        Assert.Equal(("SUPPLIER", "Eksempel Software A/S", "READER"),
            (Text(supplier, "organisationKind"), Text(supplier, "organisationName"), Text(supplier, "role")));
        Assert.StartsWith("Supplier:", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Text(supplier, "organisationId")!)),
            StringComparison.Ordinal);
        Assert.Equal(("DBS", "DBS", JsonValueKind.Null),
            (Text(dbs, "organisationKind"), Text(dbs, "organisationName"), dbs.GetProperty("organisationId").ValueKind));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();
}
