using Dbs.Portal.Tests.Support;
using Microsoft.Playwright;

namespace Dbs.Portal.Tests.Browser;

public sealed class QuestionnaireBrowserTests(DemoHost fixture, Chromium chromium) : IClassFixture<DemoHost>, IClassFixture<Chromium>
{
    [Fact]
    public async Task A_typed_answer_is_autosaved_and_is_still_there_after_a_reload()
    {
        var (contactId, _) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 7));

        await chromium.RunAsync(nameof(A_typed_answer_is_autosaved_and_is_still_there_after_a_reload), fixture.Host.Address!, async page =>
        {
            await SignInAsync(page, contactId);
            var id = await page.EvaluateAsync<string>(
                "() => [...document.querySelectorAll('#skema textarea')].find(t => !t.id.endsWith('-uddybning') && !t.value).id");
            var field = page.Locator($"[id='{id}']");

            await field.FillAsync("Skrevet i browseren");
            await page.Locator("#autosave-status").Filter(new() { HasTextString = "Alle ændringer er gemt" })
                .WaitForAsync();
            await page.ReloadAsync();

            Assert.Equal("Skrevet i browseren", await page.Locator($"[id='{id}']").InputValueAsync());
        });
    }

    [Fact]
    public async Task Without_changes_submitting_a_draft_with_missing_answers_focuses_the_linked_error_summary()
    {
        var (contactId, _) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 8));

        await chromium.RunAsync(nameof(Without_changes_submitting_a_draft_with_missing_answers_focuses_the_linked_error_summary), fixture.Host.Address!, async page =>
        {
            await SignInAsync(page, contactId);

            await page.GetByRole(AriaRole.Button, new() { Name = "Indsend skemaet" }).ClickAsync();
            var first = page.Locator(".error-summary a").First;
            var target = (await first.GetAttributeAsync("href"))!;
            await first.ClickAsync();

            Assert.True(await page.Locator(".error-summary").IsVisibleAsync());
            Assert.Equal(target[1..], await page.EvaluateAsync<string>("() => document.activeElement.id"));
        });
    }

    [Fact]
    public async Task Two_tabs_editing_the_same_answer_see_the_conflict_instead_of_overwriting()
    {
        var (contactId, _) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 11));

        await chromium.RunAsync(nameof(Two_tabs_editing_the_same_answer_see_the_conflict_instead_of_overwriting), fixture.Host.Address!, async first =>
        {
            await SignInAsync(first, contactId);
            var second = await first.Context.NewPageAsync();
            await second.GotoAsync("/kontrolskema");
            var id = await first.EvaluateAsync<string>(
                "() => [...document.querySelectorAll('#skema textarea')].find(t => !t.id.endsWith('-uddybning') && !t.value).id");

            await second.Locator($"[id='{id}']").FillAsync("Fra den anden fane");
            await second.Locator("#autosave-status").Filter(new() { HasTextString = "Alle ændringer er gemt" }).WaitForAsync();
            await first.Locator($"[id='{id}']").FillAsync("Fra den første fane");
            await first.Locator("#autosave-status").Filter(new() { HasTextString = "har ændret svaret" }).WaitForAsync();
            await first.GetByRole(AriaRole.Button, new() { Name = "Gem kladde" }).ClickAsync();

            Assert.Contains("Fra den anden fane", await first.Locator(".conflict-detail").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal("Fra den første fane", await first.Locator($"[id='{id}']").InputValueAsync());
            await second.ReloadAsync();
            Assert.Equal("Fra den anden fane", await second.Locator($"[id='{id}']").InputValueAsync());
        });
    }

    /// <summary>Signs in through the demo sign-in form as the contact person, landing on the questionnaire.</summary>
    private static async Task SignInAsync(IPage page, int contactId)
    {
        await page.GotoAsync("/udvikling/log-ind?returnUrl=%2Fkontrolskema");
        var button = page.Locator("button[name=contactId]").First;
        // The list shows only some demo suppliers: point its first button at the contact the test needs.
        await button.EvaluateAsync("(b, id) => b.value = id", contactId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await button.ClickAsync();
        await page.WaitForURLAsync("**/kontrolskema");
    }
}
