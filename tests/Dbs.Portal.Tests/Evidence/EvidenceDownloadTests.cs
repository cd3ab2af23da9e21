using System.Net;
using System.Net.Http.Headers;
using Dbs.Domain.ApiTokens;
using Dbs.Domain.Common;
using Dbs.Portal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dbs.Portal.Tests.Evidence;

/// <summary><c>GET /evidence/{id}</c>: the uploading supplier (session cookie) and DBS staff (API token) only.</summary>
public sealed class EvidenceDownloadTests(DemoHost fixture) : IClassFixture<DemoHost>, IAsyncLifetime
{
    private readonly byte[] _pdf = SamplePdf.Create(500);
    private WebUser _owner = null!;
    private int _attachmentId;

    public async Task InitializeAsync()
    {
        // One upload per test class instance, by a supplier no other test class of this fixture uses.
        var (contactId, actor) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 5));
        _owner = fixture.NewUser();
        var page = await DemoHost.SignInAsync(_owner, contactId, "/kontrolskema");
        var name = $"erklæring-{Guid.NewGuid():N}.pdf";
        await SamplePdf.UploadAsync(_owner, page, SamplePdf.FirstFileField(page), new UploadedFile(name, _pdf));
        _attachmentId = await fixture.ReadAsync(actor, (scope, _) => scope.Attachments.Where(a => a.FileName == name).Select(a => a.Id).SingleAsync());
    }

    [Fact]
    public async Task The_supplier_downloads_its_own_file_as_a_pdf_attachment()
    {
        using var response = await SendAsync(_owner, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("erklæring-", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(_pdf, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Another_supplier_gets_not_found()
    {
        var (otherContact, _) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 6));
        using var other = fixture.NewUser();
        await DemoHost.SignInAsync(other, otherContact);

        using var response = await SendAsync(other, null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Dbs_staff_download_the_file_with_an_api_token()
    {
        using var anonymous = fixture.NewUser();

        using var response = await SendAsync(anonymous, await TokenAsync("dbs"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(_pdf, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_municipality_token_gets_not_found()
    {
        using var anonymous = fixture.NewUser();

        using var response = await SendAsync(anonymous, await TokenAsync("791"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_session_a_browser_is_sent_to_sign_in_and_an_unknown_token_is_refused()
    {
        using var anonymous = fixture.NewUser();

        using var signIn = await SendAsync(anonymous, null);
        using var refused = await SendAsync(anonymous, "dbs_notarealtoken000000000000");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/konto/log-ind", signIn.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("Bearer", refused.Headers.WwwAuthenticate.Single().Scheme);
    }

    public Task DisposeAsync()
    {
        _owner.Dispose();
        return Task.CompletedTask;
    }

    private async Task<HttpResponseMessage> SendAsync(WebUser user, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(fixture.Host.Address!, $"/evidence/{_attachmentId}"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var handler = new HttpClientHandler { CookieContainer = user.Cookies, AllowAutoRedirect = false };
        using var client = new HttpClient(handler);
        return await client.SendAsync(request);
    }

    private async Task<string> TokenAsync(string organisation)
    {
        using var scope = fixture.Host.Services.CreateScope();
        var created = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(organisation, Role.Editor);
        return created.Value.Text;
    }
}
