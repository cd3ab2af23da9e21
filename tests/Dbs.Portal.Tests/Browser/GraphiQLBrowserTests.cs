using Dbs.Portal.Tests.Support;
using Microsoft.Playwright;

namespace Dbs.Portal.Tests.Browser;

public sealed class GraphiQLBrowserTests(DemoHost fixture, Chromium chromium) : IClassFixture<DemoHost>, IClassFixture<Chromium>
{
    [Fact]
    public async Task GraphiQL_loads_under_the_content_security_policy_and_runs_a_query()
    {
        await chromium.RunAsync(nameof(GraphiQL_loads_under_the_content_security_policy_and_runs_a_query), fixture.Host.Address!, async page =>
        {
            var refused = RefusalsOf(page);

            await RunAsync(page, "{ __typename }");

            await Assertions.Expect(page.Locator(".graphiql-response")).ToContainTextAsync("\"__typename\": \"Query\"");
            Assert.Empty(refused);
        });
    }

    [Fact]
    public async Task A_signed_in_supplier_user_queries_as_themselves_through_graphiql()
    {
        var (contactId, _) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 3));
        await chromium.RunAsync(nameof(A_signed_in_supplier_user_queries_as_themselves_through_graphiql), fixture.Host.Address!, async page =>
        {
            await page.GotoAsync("/udvikling/log-ind?returnUrl=%2Foversigt");
            var button = page.Locator("button[name=contactId]").First;
            await button.EvaluateAsync("(b, id) => b.value = id", contactId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await button.ClickAsync();
            await page.WaitForURLAsync("**/oversigt");

            // GraphiQL's POSTs carry the page's antiforgery token, so the session cookie is accepted.
            await RunAsync(page, "{ me { organisationKind } }");

            await Assertions.Expect(page.Locator(".graphiql-response")).ToContainTextAsync("\"organisationKind\": \"SUPPLIER\"");
        });
    }

    private static List<string> RefusalsOf(IPage page)
    {
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };
        return refused;
    }

    private static async Task RunAsync(IPage page, string query)
    {
        await page.GotoAsync("/graphql");
        await page.Locator(".graphiql-query-editor .CodeMirror").WaitForAsync();
        // The editor is CodeMirror: set the text through its API rather than typing into auto-closed brackets.
        await page.EvaluateAsync("q => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(q)", query);
        await page.Locator(".graphiql-execute-button").ClickAsync();
    }
}
