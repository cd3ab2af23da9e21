using System.CommandLine;
using Dbs.Api.GraphQL;
using Dbs.GraphQL.Utilities;

namespace Dbs.Api.Commands;

/// <summary>
/// <c>schema export [--output path]</c>: writes the schema the host serves, as printed SDL, to <c>schema.graphql</c>
/// (the committed contract; a test fails when the two differ).
/// </summary>
internal static class SchemaExportCommand
{
    public static Command Create(AdminContext context)
    {
        var output = new Option<string>("--output")
        {
            Description = "Where to write the SDL; '-' writes to stdout. Default: schema.graphql at the repository's root.",
            DefaultValueFactory = _ => DefaultPath(Directory.GetCurrentDirectory()),
        };
        var export = new Command("export", "Writes the schema the host serves, as SDL, to schema.graphql (or --output).") { output };
        export.SetAction(async (parse, cancellationToken) =>
        {
            var sdl = Print();
            var path = parse.GetRequiredValue(output);
            if (path == "-")
            {
                await context.Output.WriteAsync(sdl);
                return AdminCommandLine.Success;
            }

            try
            {
                await File.WriteAllTextAsync(path, sdl, cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await context.Error.WriteLineAsync($"schema export failed: {exception.Message}");
                return AdminCommandLine.Failure;
            }

            await context.Output.WriteLineAsync($"Wrote the schema to {Path.GetFullPath(path)}.");
            return AdminCommandLine.Success;
        });
        return new Command("schema", "Works with the GraphQL schema.") { export };
    }

    /// <summary>
    /// <c>schema.graphql</c> in the nearest folder at or above <paramref name="start"/> that holds <c>Dbs.sln</c>
    /// (<c>dotnet run</c> may start in the project's folder), else in <paramref name="start"/> itself.
    /// </summary>
    internal static string DefaultPath(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Dbs.sln")))
            {
                return Path.Combine(folder.FullName, "schema.graphql");
            }
        }

        return Path.Combine(start, "schema.graphql");
    }

    /// <summary>The served schema as SDL, ending with a line break.</summary>
    public static string Print() => SchemaPrinter.PrintSchema(GraphQLSetup.CreateSchema()) + "\n";
}
