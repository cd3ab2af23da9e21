namespace Dbs.GraphQL.Tests.Utilities;

/// <summary>SDL files beside the tests (copied to the output folder).</summary>
internal static class SchemaFiles
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Utilities", "Schemas", name)).ReplaceLineEndings("\n").TrimEnd('\n');
}
