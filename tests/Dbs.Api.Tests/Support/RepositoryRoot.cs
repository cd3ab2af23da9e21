namespace Dbs.Api.Tests.Support;

/// <summary>The repository's root folder, found from the test's output folder upwards (where <c>Dbs.sln</c> is).</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Dbs.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Dbs.sln) is not above the test's folder.");
    }
}
