using System.ComponentModel.DataAnnotations;

namespace Dbs.Portal.Evidence;

/// <summary>
/// Where uploaded evidence is kept and how large it may be (configuration section <c>Evidence</c>). Without a
/// <see cref="Path"/> the files go to an <c>evidence</c> folder beside the SQLite file (or <c>data/evidence</c> under the
/// content root): never under the web root.
/// </summary>
public sealed class EvidenceOptions
{
    public const string SectionName = "Evidence";

    /// <summary>Room in a post for the questionnaire's other fields besides one file at the limit.</summary>
    public const long FormAllowanceBytes = 1024 * 1024;

    /// <summary>The folder of the stored files; relative paths are taken from the content root.</summary>
    public string? Path { get; set; }

    /// <summary>The largest file accepted (default 20 MB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>
    /// The largest questionnaire post read at all: twice the file limit, so a file somewhat over the limit is still read
    /// (and the answers posted with it saved) and reported as too large; a larger post is refused before it is read.
    /// </summary>
    public long MaxRequestBytes => (2 * MaxFileBytes) + FormAllowanceBytes;
}
