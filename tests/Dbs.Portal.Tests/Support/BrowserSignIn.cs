using System.Globalization;
using Microsoft.Playwright;

namespace Dbs.Portal.Tests.Support;

/// <summary>Signing a browser page in through the demo sign-in form.</summary>
public static class BrowserSignIn
{
    /// <summary>Signs in as the contact person and waits for <paramref name="returnUrl"/>.</summary>
    public static async Task AsContactAsync(IPage page, int contactId, string returnUrl)
    {
        await page.GotoAsync("/udvikling/log-ind?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var button = page.Locator("button[name=contactId]").First;
        // The list shows only some demo suppliers: point its first button at the contact the test needs.
        await button.EvaluateAsync("(b, id) => b.value = id", contactId.ToString(CultureInfo.InvariantCulture));
        await button.ClickAsync();
        await page.WaitForURLAsync("**" + returnUrl);
    }
}
