using Microsoft.Playwright;

namespace Dbs.Portal.Tests.Support;

/// <summary>Debian's chromium, headless, driven by Playwright; one browser shared by a test class.</summary>
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>
    /// Runs <paramref name="test"/> on a fresh page; on failure keeps a screenshot under test-artifacts/.
    /// <paramref name="bypassCsp"/> lets a test inject axe-core, which the pages' Content-Security-Policy would refuse.
    /// <paramref name="locale"/> is the browser's language (its Accept-Language): a Danish user's by default.</summary>
    public async Task RunAsync(string name, Uri baseAddress, Func<IPage, Task> test, bool bypassCsp = false, string locale = "da-DK")
    {
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            BypassCSP = bypassCsp,
            Locale = locale,
        });
        var page = await context.NewPageAsync();
        try
        {
            await test(page);
        }
        catch
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "test-artifacts");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
