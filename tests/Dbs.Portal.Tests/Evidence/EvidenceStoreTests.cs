using System.Security.Cryptography;
using System.Text;
using Dbs.Domain.Persistence;
using Dbs.Portal.Evidence;
using Dbs.Portal.Tests.Support;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace Dbs.Portal.Tests.Evidence;

public sealed class EvidenceStoreTests : IDisposable
{
    private readonly SqliteFile _folder = new();
    private readonly EvidenceStore _store;

    public EvidenceStoreTests()
    {
        _store = new EvidenceStore(Options.Create(new EvidenceOptions { MaxFileBytes = 64 * 1024 }),
            DbsDatabase.Sqlite(_folder.ConnectionString, _folder.Folder),
            new HostingEnvironment { ContentRootPath = _folder.Folder, EnvironmentName = Environments.Production });
    }

    [Fact]
    public async Task Keeps_a_pdf_beside_the_database_under_a_random_key_with_its_size_and_digest()
    {
        var pdf = SamplePdf.Create(10_000);

        var (stored, rejection) = await _store.SaveAsync(new MemoryStream(pdf), CancellationToken.None);

        Assert.Null(rejection);
        Assert.Equal(Path.Combine(_folder.Folder, "evidence"), _store.Root);
        Assert.Equal((long)pdf.Length, stored!.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), stored.Sha256);
        Assert.Matches("^[0-9a-f]{32}$", stored.StorageKey);
        Assert.Empty(Directory.GetFiles(Path.Combine(_store.Root, "tmp")));
        await using var content = _store.Open(stored.StorageKey)!;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        Assert.Equal(pdf, copy.ToArray());
    }

    [Theory]
    [InlineData("MZ\u0090\u0000 a renamed program")]
    [InlineData("%PDF-1.7\n1 0 obj << >> endobj\n")]
    [InlineData("%PDF-1.7\n%%EOF\n")]
    [InlineData("<html><body>%PDF-1.7</body></html>\nstartxref\n0\n%%EOF")]
    [InlineData("%PDF-x.y\nstartxref\n0\n%%EOF")]
    public async Task Refuses_content_that_is_not_a_whole_pdf(string content)
    {
        var (stored, rejection) = await _store.SaveAsync(new MemoryStream(Encoding.Latin1.GetBytes(content)), CancellationToken.None);

        Assert.Null(stored);
        Assert.Equal(EvidenceRejection.NotPdf, rejection);
        Assert.Empty(Directory.GetFiles(_store.Root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Refuses_a_file_over_the_limit_and_an_empty_one_and_keeps_nothing()
    {
        var (large, tooLarge) = await _store.SaveAsync(new MemoryStream(SamplePdf.Create(64 * 1024)), CancellationToken.None);
        var (empty, nothing) = await _store.SaveAsync(new MemoryStream(), CancellationToken.None);

        Assert.Equal((null, EvidenceRejection.TooLarge), (large, tooLarge));
        Assert.Equal((null, EvidenceRejection.Empty), (empty, nothing));
        Assert.Empty(Directory.GetFiles(_store.Root, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("../dbs.db")]
    [InlineData("attachments/2026/12345678/a.pdf")]
    public void Has_no_file_for_a_key_it_did_not_make(string key) => Assert.Null(_store.Open(key));

    public void Dispose() => _folder.Dispose();
}
