using System.Diagnostics;
using System.Text;
using Dbs.Api.Commands;
using Dbs.Api.Tests.Support;

namespace Dbs.Api.Tests.GraphQL;

/// <summary><c>schema.graphql</c> at the repository root is the contract: the served schema must print exactly as it.</summary>
public sealed class SchemaContractTests
{
    [Fact]
    public async Task The_served_schema_equals_the_committed_schema_graphql()
    {
        var committed = (await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "schema.graphql"))).ReplaceLineEndings("\n");
        var served = SchemaExportCommand.Print();

        Assert.True(committed == served,
            "schema.graphql differs from the served schema; run `dotnet run --project api/Dbs.Api -- schema export` " +
            "and review the change:\n" + LineDiff(committed, served));
    }

    [Fact]
    public async Task The_host_serves_the_sdl_at_graphql_schema_graphql()
    {
        await using var host = new GraphQLHost();

        using var response = await host.Client.GetAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(SchemaExportCommand.Print(), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Schema_export_writes_to_the_repository_root_by_default_even_when_started_in_a_project_folder()
    {
        var projectFolder = Path.Combine(RepositoryRoot.Path, "api", "Dbs.Api");

        Assert.Equal(Path.Combine(RepositoryRoot.Path, "schema.graphql"), SchemaExportCommand.DefaultPath(projectFolder));
    }

    [Fact]
    public async Task Schema_export_writes_the_served_schema_to_the_output()
    {
        var run = await AdminRun.RunAsync(["schema", "export", "--output", "-"]);
        using var folder = new SqliteFile();
        var path = Path.Combine(folder.Folder, "schema.graphql");
        var written = await AdminRun.RunAsync(["schema", "export", "--output", path]);

        Assert.Equal((0, SchemaExportCommand.Print()), (run.ExitCode, run.Output));
        Assert.Equal(0, written.ExitCode);
        Assert.Equal(SchemaExportCommand.Print(), await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task Introspection_through_graphql_js_round_trips_to_schema_graphql()
    {
        await using var host = new GraphQLHost();
        var conformance = Path.Combine(RepositoryRoot.Path, "tests", "conformance");
        var query = await File.ReadAllTextAsync(Path.Combine(conformance, "introspection-query.graphql"));
        var (status, body) = await host.PostAsync(query);
        Assert.Equal(200, status);
        using var folder = new SqliteFile();
        var result = Path.Combine(folder.Folder, "introspection.json");
        await File.WriteAllTextAsync(result, body.ToString());

        using var node = Process.Start(new ProcessStartInfo("node",
            ["introspection-roundtrip.mjs", Path.Combine(RepositoryRoot.Path, "schema.graphql"), result])
        {
            WorkingDirectory = conformance,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(node.ExitCode == 0, await stdout + await stderr);
        Assert.Equal("equal", (await stdout).Trim());
    }

    private static string LineDiff(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var diff = new StringBuilder();
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var a = i < left.Length ? left[i] : null;
            var b = i < right.Length ? right[i] : null;
            if (a != b)
            {
                diff.Append("line ").Append(i + 1).Append(":\n- ").Append(a).Append("\n+ ").Append(b).Append('\n');
            }
        }

        return diff.ToString();
    }
}
