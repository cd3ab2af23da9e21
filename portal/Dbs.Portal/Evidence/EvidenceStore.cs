using System.Security.Cryptography;
using Dbs.Domain.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Dbs.Portal.Evidence;

/// <summary>
/// Evidence files (auditor's statements, certificates) on the file system, outside the web root. A file is streamed to
/// a temporary file while its size is counted and its SHA-256 computed, checked to be a PDF by its content, and only then
/// moved into place under a random storage key, so a half-written or refused file is never visible under a key.
/// </summary>
public sealed class EvidenceStore
{
    private const int TailBytes = 1024;
    private static readonly byte[] PdfHeader = "%PDF-"u8.ToArray();
    private static readonly byte[] EndOfFile = "%%EOF"u8.ToArray();
    private static readonly byte[] StartXref = "startxref"u8.ToArray();

    private readonly EvidenceOptions _options;

    public EvidenceStore(IOptions<EvidenceOptions> options, DbsDatabase database, IHostEnvironment environment)
    {
        _options = options.Value;
        Root = System.IO.Path.GetFullPath(_options.Path is { Length: > 0 } configured
            ? System.IO.Path.Combine(environment.ContentRootPath, configured)
            : database.SqliteFile is { } file && System.IO.Path.GetDirectoryName(file) is { Length: > 0 } folder
                ? System.IO.Path.Combine(folder, "evidence")
                : System.IO.Path.Combine(environment.ContentRootPath, "data", "evidence"));
    }

    /// <summary>The address the host serves an attachment's file at (to its supplier and to DBS staff only).</summary>
    public static string DownloadUrl(int attachmentId) =>
        "/evidence/" + attachmentId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The folder the files are kept in.</summary>
    public string Root { get; }

    public long MaxFileBytes => _options.MaxFileBytes;

    /// <summary>Stores <paramref name="content"/> if it is a PDF within the size limit; otherwise says why not.</summary>
    public async Task<(StoredEvidence? Stored, EvidenceRejection? Rejection)> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        var temporary = System.IO.Path.Combine(Root, "tmp");
        Directory.CreateDirectory(temporary);
        var temporaryFile = System.IO.Path.Combine(temporary, Guid.NewGuid().ToString("N"));
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var head = new byte[16];
            var headLength = 0;
            var tail = new byte[TailBytes];
            var tailLength = 0;
            long size = 0;
            await using (var output = new FileStream(temporaryFile, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920,
                FileOptions.Asynchronous))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > _options.MaxFileBytes)
                    {
                        return (null, EvidenceRejection.TooLarge);
                    }

                    var chunk = buffer.AsSpan(0, read);
                    hash.AppendData(chunk);
                    if (headLength < head.Length)
                    {
                        var take = Math.Min(head.Length - headLength, read);
                        chunk[..take].CopyTo(head.AsSpan(headLength));
                        headLength += take;
                    }

                    Keep(tail, ref tailLength, chunk);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            if (size == 0)
            {
                return (null, EvidenceRejection.Empty);
            }

            if (!LooksLikePdf(head.AsSpan(0, headLength), tail.AsSpan(0, tailLength)))
            {
                return (null, EvidenceRejection.NotPdf);
            }

            var key = Guid.NewGuid().ToString("N");
            var path = PathOf(key)!;
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.Move(temporaryFile, path);
            return (new StoredEvidence(key, size, Convert.ToHexStringLower(hash.GetHashAndReset())), null);
        }
        finally
        {
            File.Delete(temporaryFile);
        }
    }

    /// <summary>The stored file, or null when there is none under <paramref name="storageKey"/>.</summary>
    public Stream? Open(string storageKey)
    {
        var path = PathOf(storageKey);
        return path is not null && File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous)
            : null;
    }

    /// <summary>Deletes the stored file, if there is one.</summary>
    public void Delete(string storageKey)
    {
        if (PathOf(storageKey) is { } path)
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// A PDF starts with <c>%PDF-</c> and a version, and ends with <c>startxref</c> and the <c>%%EOF</c> marker
    /// (ISO 32000-1 §7.5.2 and §7.5.5); a renamed program or document has neither.
    /// </summary>
    internal static bool LooksLikePdf(ReadOnlySpan<byte> head, ReadOnlySpan<byte> tail) =>
        head.StartsWith(PdfHeader)
        && head.Length >= PdfHeader.Length + 3
        && char.IsAsciiDigit((char)head[PdfHeader.Length])
        && head[PdfHeader.Length + 1] == (byte)'.'
        && char.IsAsciiDigit((char)head[PdfHeader.Length + 2])
        && tail.LastIndexOf(EndOfFile) is var end and >= 0
        && tail[..end].LastIndexOf(StartXref) >= 0
        && tail[(end + EndOfFile.Length)..].Trim("\r\n \t\0"u8).IsEmpty;

    /// <summary>Keys are the store's own random names; anything else (a path, a demo key) has no file.</summary>
    private string? PathOf(string storageKey) =>
        storageKey.Length == 32 && storageKey.All(char.IsAsciiHexDigitLower)
            ? System.IO.Path.Combine(Root, storageKey[..2], storageKey)
            : null;

    private static void Keep(byte[] tail, ref int tailLength, ReadOnlySpan<byte> chunk)
    {
        if (chunk.Length >= tail.Length)
        {
            chunk[^tail.Length..].CopyTo(tail);
            tailLength = tail.Length;
            return;
        }

        var keep = Math.Min(tailLength, tail.Length - chunk.Length);
        tail.AsSpan(tailLength - keep, keep).CopyTo(tail);
        chunk.CopyTo(tail.AsSpan(keep));
        tailLength = keep + chunk.Length;
    }
}
