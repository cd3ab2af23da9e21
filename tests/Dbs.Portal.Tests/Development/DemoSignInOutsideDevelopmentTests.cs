using System.Net;
using Dbs.Portal.Tests.Support;

namespace Dbs.Portal.Tests.Development;

public sealed class DemoSignInOutsideDevelopmentTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task The_demo_sign_in_does_not_exist_outside_development(string environment)
    {
        using var host = new PortalHost(environment);
        using var client = host.CreateClient();

        var get = await client.GetAsync(new Uri("/udvikling/log-ind", UriKind.Relative));
        var post = await PostAsync(client, "/udvikling/log-ind");
        // The host answers a POST to any path it does not know the same way; the page is one of those.
        var unknown = await PostAsync(client, "/findes/ikke");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(unknown.StatusCode, post.StatusCode);
        Assert.False(post.IsSuccessStatusCode);
        Assert.Null(post.Headers.Location);
    }

    [Fact]
    public async Task Without_a_provider_production_says_that_sign_in_is_unavailable()
    {
        using var host = new PortalHost("Production");
        using var client = host.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/konto/log-ind", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Log ind er ikke tilgængeligt lige nu", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_provider_development_goes_to_the_demo_sign_in()
    {
        using var host = new PortalHost("Development");
        using var client = host.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/konto/log-ind?returnUrl=%2Foversigt", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/udvikling/log-ind?returnUrl=%2Foversigt", response.Headers.Location!.OriginalString);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["contactId"] = "1" });
        return await client.PostAsync(new Uri(path, UriKind.Relative), form);
    }
}
