using System.Security.Cryptography;
using System.Text;
using Dbs.Domain.ApiTokens;
using Dbs.Domain.Common;
using Dbs.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Tests.ApiTokens;

public abstract class ApiTokenServiceTests(DatabaseFixture database)
{
    [Fact]
    public async Task A_municipality_token_verifies_as_that_municipality_with_its_role()
    {
        var world = await World.CreateAsync(database);

        var created = ResultAssert.Success(await Service(world).CreateAsync("791", Role.Reader, "Viborg ESDH"));
        var actor = await Service(world).VerifyAsync(created.Text);

        Assert.Equal(
            (OrganisationKind.Municipality, (int?)world.MunicipalityIds["791"], Role.Reader, "Viborg ESDH", $"api-token:{created.Token.Id}"),
            (actor!.OrganisationKind, actor.OrganisationId, actor.Role, actor.DisplayName, actor.UserId));
    }

    [Fact]
    public async Task Supplier_and_dbs_tokens_name_their_organisation()
    {
        var world = await World.CreateAsync(database);
        await using var db = world.NewContext();
        var cvr = await db.Suppliers.Where(s => s.Id == world.SupplierId).Select(s => s.Cvr).SingleAsync();

        var supplier = ResultAssert.Success(await Service(world).CreateAsync(cvr, Role.Editor));
        var dbs = ResultAssert.Success(await Service(world).CreateAsync("DBS", Role.Editor));

        Assert.Equal((OrganisationKind.Supplier, (int?)world.SupplierId, world.SupplierName, $"{world.SupplierName} (editor)"),
            (supplier.Token.OrganisationKind, supplier.Token.OrganisationId, supplier.Token.OrganisationName, supplier.Token.Name));
        Assert.Equal((OrganisationKind.Dbs, (int?)null), ((await Service(world).VerifyAsync(dbs.Text))!.OrganisationKind,
            (await Service(world).VerifyAsync(dbs.Text))!.OrganisationId));
    }

    [Fact]
    public async Task Only_the_hash_of_the_secret_is_stored_and_the_token_is_recognisable()
    {
        var world = await World.CreateAsync(database);
        var created = ResultAssert.Success(await Service(world).CreateAsync("101", Role.Reader));

        await using var db = world.NewContext();
        var stored = await db.ApiTokens.SingleAsync(t => t.Id == created.Token.Id);
        var secret = created.Text[(ApiTokenService.Prefix.Length + ApiTokenService.LookupLength + 1)..];

        Assert.Matches("^dbs_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$", created.Text);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), stored.SecretHash);
        Assert.DoesNotContain(secret, Encoding.UTF8.GetString(stored.SecretHash), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_secret_an_unknown_lookup_and_garbage_are_refused()
    {
        var world = await World.CreateAsync(database);
        var created = ResultAssert.Success(await Service(world).CreateAsync("101", Role.Reader));
        var lastChanged = created.Text[..^1] + (created.Text[^1] == 'A' ? 'B' : 'A');
        var otherLookup = "dbs_000000000000" + created.Text[(ApiTokenService.Prefix.Length + ApiTokenService.LookupLength)..];

        Assert.Null(await Service(world).VerifyAsync(lastChanged));
        Assert.Null(await Service(world).VerifyAsync(otherLookup));
        Assert.Null(await Service(world).VerifyAsync("dbs_"));
        Assert.Null(await Service(world).VerifyAsync("Bearer something"));
    }

    [Fact]
    public async Task An_expired_token_is_refused_from_its_expiry_on()
    {
        var world = await World.CreateAsync(database);
        var created = ResultAssert.Success(await Service(world).CreateAsync("101", Role.Reader, expiresAt: World.Start.AddDays(1)));

        world.Clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1));
        var before = await Service(world).VerifyAsync(created.Text);
        world.Clock.Advance(TimeSpan.FromSeconds(1));
        var at = await Service(world).VerifyAsync(created.Text);

        Assert.NotNull(before);
        Assert.Null(at);
    }

    [Fact]
    public async Task A_revoked_token_is_refused_and_cannot_be_revoked_twice()
    {
        var world = await World.CreateAsync(database);
        var created = ResultAssert.Success(await Service(world).CreateAsync("101", Role.Editor));

        var revoked = ResultAssert.Success(await Service(world).RevokeAsync(created.Token.Id));
        var again = await Service(world).RevokeAsync(created.Token.Id);

        Assert.Equal(World.Start, revoked.RevokedAt);
        Assert.Null(await Service(world).VerifyAsync(created.Text));
        Assert.Equal("Revoked", ResultAssert.Fails<InvalidTransition>(again.Error).From);
        ResultAssert.Fails<NotFound>((await Service(world).RevokeAsync(int.MaxValue)).Error);
    }

    [Fact]
    public async Task Bad_organisations_names_and_expiries_are_refused()
    {
        var world = await World.CreateAsync(database);

        var malformed = await Service(world).CreateAsync("12345", Role.Reader);
        var unknownSupplier = await Service(world).CreateAsync("29189846", Role.Reader);
        var blankName = await Service(world).CreateAsync("101", Role.Reader, " ");
        var past = await Service(world).CreateAsync("101", Role.Reader, expiresAt: World.Start);

        Assert.Equal("org", Assert.Single(ResultAssert.Fails<ValidationFailed>(malformed.Error).Errors).Field);
        Assert.Equal("Supplier", ResultAssert.Fails<NotFound>(unknownSupplier.Error).EntityType);
        Assert.Equal("name", Assert.Single(ResultAssert.Fails<ValidationFailed>(blankName.Error).Errors).Field);
        Assert.Equal("expires", Assert.Single(ResultAssert.Fails<ValidationFailed>(past.Error).Errors).Field);
    }

    [Fact]
    public async Task The_list_shows_new_tokens_first()
    {
        var world = await World.CreateAsync(database);
        var first = ResultAssert.Success(await Service(world).CreateAsync("101", Role.Reader));
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = ResultAssert.Success(await Service(world).CreateAsync("751", Role.Reader));

        var ids = (await Service(world).ListAsync()).Select(t => t.Id).ToList();

        Assert.True(ids.IndexOf(second.Token.Id) < ids.IndexOf(first.Token.Id));
    }

    private static ApiTokenService Service(World world) => new(world.NewContext(), world.Clock);
}

[Collection(SqliteCollection.Name)]
public sealed class ApiTokenServiceTestsOnSqlite(SqliteDatabaseFixture database) : ApiTokenServiceTests(database);

[Collection(PostgresCollection.Name)]
public sealed class ApiTokenServiceTestsOnPostgres(PostgresDatabaseFixture database) : ApiTokenServiceTests(database);
