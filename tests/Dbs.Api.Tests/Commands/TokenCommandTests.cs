using Dbs.Api.Tests.Support;
using Dbs.Domain.ApiTokens;
using Dbs.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Commands;

public sealed class TokenCommandTests
{
    [Fact]
    public async Task Create_prints_the_token_once_and_stores_only_its_hash()
    {
        using var database = new SqliteFile();
        await AdminRun.RunAsync(["migrate"], database);

        var run = await AdminRun.RunAsync(
            ["token", "create", "--org", "791", "--role", "reader", "--expires", "2027-06-30", "--name", "Viborg ESDH"], database);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var text = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("dbs_", StringComparison.Ordinal));
        Assert.Contains("\"Viborg ESDH\" for Viborg Kommune (municipality), role reader, expires 2027-06-30 00:00 UTC.", run.Output, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        var stored = await db.ApiTokens.SingleAsync();
        Assert.Equal((OrganisationKind.Municipality, Role.Reader), (stored.OrganisationKind, stored.Role));
        var actor = await new ApiTokenService(db, FixedClock.DemoDay).VerifyAsync(text.Trim());
        Assert.Equal("Viborg ESDH", actor?.DisplayName);
    }

    [Fact]
    public async Task List_shows_status_without_secrets_and_revoke_ends_a_token()
    {
        using var database = new SqliteFile();
        await AdminRun.RunAsync(["migrate"], database);
        var created = await AdminRun.RunAsync(["token", "create", "--org", "dbs", "--role", "editor"], database);
        var secret = created.Output.Split('\n').Single(l => l.StartsWith("dbs_", StringComparison.Ordinal)).Trim();
        await using var db = database.CreateContext();
        var id = (await db.ApiTokens.SingleAsync()).Id;

        var before = await AdminRun.RunAsync(["token", "list"], database);
        var revoke = await AdminRun.RunAsync(["token", "revoke", id.ToString(System.Globalization.CultureInfo.InvariantCulture)], database);
        var again = await AdminRun.RunAsync(["token", "revoke", id.ToString(System.Globalization.CultureInfo.InvariantCulture)], database);
        var after = await AdminRun.RunAsync(["token", "list"], database);

        Assert.Contains($"{id}\tactive\tDBS (DBS)\teditor", before.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(secret[^20..], before.Output, StringComparison.Ordinal);
        Assert.Equal(0, revoke.ExitCode);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("cannot be revoked while it is Revoked", again.Error, StringComparison.Ordinal);
        Assert.Contains($"{id}\trevoked\t", after.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_organisations_fail_and_bad_arguments_are_usage_errors()
    {
        using var database = new SqliteFile();
        await AdminRun.RunAsync(["migrate"], database);

        var unknown = await AdminRun.RunAsync(["token", "create", "--org", "29189846", "--role", "reader"], database);
        var role = await AdminRun.RunAsync(["token", "create", "--org", "791", "--role", "admin"], database);
        var missing = await AdminRun.RunAsync(["token", "create", "--role", "reader"], database);
        var date = await AdminRun.RunAsync(["token", "create", "--org", "791", "--role", "reader", "--expires", "soon"], database);

        Assert.Equal((1, "token create: Supplier 29189846 was not found."), (unknown.ExitCode, unknown.Error.Trim()));
        Assert.Equal(2, role.ExitCode);
        Assert.Contains("--role must be reader or editor, not 'admin'.", role.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal(2, date.ExitCode);
        Assert.Contains("--expires must be a date", date.Error, StringComparison.Ordinal);
    }
}
