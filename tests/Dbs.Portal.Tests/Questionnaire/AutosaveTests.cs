using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Dbs.Portal.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Portal.Tests.Questionnaire;

public sealed class AutosaveTests(DemoHost fixture) : IClassFixture<DemoHost>
{
    [Fact]
    public async Task The_page_loads_its_autosave_script_from_the_portal_and_has_no_inline_script()
    {
        var (contactId, _) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 4));
        using var user = fixture.NewUser();

        var page = await DemoHost.SignInAsync(user, contactId, "/kontrolskema");

        var script = Assert.Single(page.Document.QuerySelectorAll("script"));
        Assert.StartsWith("/_content/Dbs.Portal/js/questionnaire.js", script.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal("", script.TextContent);
        var served = await user.GetAsync(script.GetAttribute("src")!);
        Assert.Equal(HttpStatusCode.OK, served.Status);
        Assert.NotNull(page.Find("#autosave-status[role=status]"));
    }

    [Fact]
    public async Task Autosave_stores_the_changed_answer_and_returns_its_new_version()
    {
        var (contactId, actor) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 5));
        using var user = fixture.NewUser();
        var page = await DemoHost.SignInAsync(user, contactId, "/kontrolskema");
        var (fields, key) = AnswerFields(page, "Gemt af scriptet");

        var response = await AutosaveAsync(user, page, fields);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        using var json = JsonDocument.Parse(await response.Response.Content.ReadAsStringAsync());
        var saved = Assert.Single(json.RootElement.GetProperty("saved").EnumerateArray());
        Assert.Equal(key, saved.GetProperty("key").GetString());
        Assert.Equal("Gemt af scriptet", saved.GetProperty("value").GetString());
        var version = await fixture.ReadAsync(actor, (scope, _) =>
            scope.Answers.Where(a => a.Question.Key == key).Select(a => a.Version).SingleAsync());
        Assert.Equal(version, saved.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Autosave_from_a_stale_form_reports_a_conflict_and_keeps_the_other_answer()
    {
        var (contactId, actor) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 6));
        using var user = fixture.NewUser();
        var page = await DemoHost.SignInAsync(user, contactId, "/kontrolskema");
        var (first, key) = AnswerFields(page, "Første fane");
        await AutosaveAsync(user, page, first);
        var (stale, _) = AnswerFields(page, "Anden fane");

        var response = await AutosaveAsync(user, page, stale);

        Assert.Equal(HttpStatusCode.Conflict, response.Status);
        using var json = JsonDocument.Parse(await response.Response.Content.ReadAsStringAsync());
        var problem = Assert.Single(json.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal(key, problem.GetProperty("key").GetString());
        var stored = await fixture.ReadAsync(actor, (scope, _) =>
            scope.Answers.Where(a => a.Question.Key == key).Select(a => a.Value).SingleAsync());
        Assert.Equal("Første fane", stored);
    }

    /// <summary>The fields the script posts for the page's first empty text answer, with <paramref name="value"/> typed in.</summary>
    private static (Dictionary<string, string> Fields, string Key) AnswerFields(Page page, string value)
    {
        var textArea = page.Document.QuerySelectorAll("#skema textarea").OfType<IHtmlTextAreaElement>()
            .First(t => !t.Id!.EndsWith("-uddybning", StringComparison.Ordinal) && t.Value.Length == 0);
        var prefix = textArea.Name![..textArea.Name!.IndexOf('.', StringComparison.Ordinal)];
        string Hidden(string name) => page.Document.QuerySelectorAll("input").OfType<IHtmlInputElement>()
            .Single(i => i.Name == $"{prefix}.{name}").Value;
        var key = Hidden("Key");
        return (new Dictionary<string, string>
        {
            ["Answers[0].Key"] = key,
            ["Answers[0].Value"] = value,
            ["Answers[0].Explanation"] = Hidden("Explanation"),
            ["Answers[0].Version"] = Hidden("Version"),
            ["Answers[0].OriginalValue"] = Hidden("OriginalValue"),
            ["Answers[0].OriginalExplanation"] = Hidden("OriginalExplanation"),
        }, key);
    }

    private static Task<Page> AutosaveAsync(WebUser user, Page page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = page.Document.QuerySelectorAll("#skema input").OfType<IHtmlInputElement>()
            .Single(i => i.Name == "__RequestVerificationToken").Value;
        return user.NavigateAsync(new HttpRequestMessage(HttpMethod.Post, "/kontrolskema?handler=Autosave")
        {
            Content = new FormUrlEncodedContent(fields),
        });
    }
}
