using System.Net;
using System.Text;
using Dbs.Domain.Questionnaires;
using Dbs.Portal.Tests.Support;

namespace Dbs.Portal.Tests.Api;

public sealed class GraphQLSessionTests(DemoHost fixture) : IClassFixture<DemoHost>
{
    [Fact]
    public async Task The_portal_session_cookie_does_not_identify_a_caller_of_the_graphql_endpoint()
    {
        var (contactId, _) = await fixture.ContactAsync(db => DemoHost.WithQuestionnaire(db, QuestionnaireStatus.Draft));
        using var user = fixture.NewUser();
        var signedIn = await DemoHost.SignInAsync(user, contactId);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ me { organisationName } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json");

        var response = await user.NavigateAsync(request);

        Assert.Equal("/oversigt", signedIn.Url.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("\"me\":null", response.Document.Body!.TextContent, StringComparison.Ordinal);
    }
}
