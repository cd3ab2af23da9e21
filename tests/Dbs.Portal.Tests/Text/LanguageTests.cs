using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.SubProcessors;
using Dbs.Portal.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Portal.Tests.Text;

public sealed partial class LanguageTests(DemoHost fixture) : IClassFixture<DemoHost>
{
    [Fact]
    public async Task Pages_are_danish_by_default()
    {
        using var user = fixture.NewUser();

        var page = await user.GetAsync("/");

        Assert.Equal("da", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Ét kontrolskema om året – i stedet for ét til hver kommune", page.Heading);
        Assert.Equal("English", page.Text("a[hreflang=en]"));
    }

    [Theory]
    [InlineData("en", "One control questionnaire a year – instead of one for each municipality")]
    [InlineData("en-GB,en;q=0.9,da;q=0.5", "One control questionnaire a year – instead of one for each municipality")]
    [InlineData("da,en;q=0.5", "Ét kontrolskema om året – i stedet for ét til hver kommune")]
    [InlineData("de", "Ét kontrolskema om året – i stedet for ét til hver kommune")]
    public async Task The_browsers_accept_language_chooses_between_danish_and_english(string acceptLanguage, string heading)
    {
        using var user = fixture.NewUser();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Accept-Language", acceptLanguage);

        var page = await user.NavigateAsync(request);

        Assert.Equal(heading, page.Heading);
    }

    [Fact]
    public async Task An_english_request_gets_english_page_text_and_lang()
    {
        using var user = fixture.NewUser();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tilgaengelighedserklaering");
        request.Headers.Add("Accept-Language", "en");

        var page = await user.NavigateAsync(request);

        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Accessibility statement", page.Heading);
        Assert.Equal("Accessibility statement – DBS – Data Processor Supervision", page.Document.Title);
        Assert.Equal("Skip to content", page.Text(".skip-link"));
        Assert.Equal("Sign in", page.Text("nav a"));
        Assert.Equal("Dansk", page.Text("a[hreflang=da]"));
    }

    [Fact]
    public async Task The_language_switch_returns_to_the_page_and_the_choice_persists()
    {
        using var user = fixture.NewUser();
        var page = await user.GetAsync("/tilgaengelighedserklaering");

        var english = await user.GetAsync(page.Find("a[hreflang=en]")!.GetAttribute("href")!);

        Assert.Equal("/tilgaengelighedserklaering", english.Url.AbsolutePath);
        Assert.Equal("Accessibility statement", english.Heading);
        var later = await user.GetAsync("/");
        Assert.Equal("en", later.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("One control questionnaire a year – instead of one for each municipality", later.Heading);

        var danish = await user.GetAsync(later.Find("a[hreflang=da]")!.GetAttribute("href")!);

        Assert.Equal("/", danish.Url.AbsolutePath);
        Assert.Equal("da", danish.Document.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("https://example.com/")]
    [InlineData("//example.com/")]
    [InlineData("/\\example.com/")]
    public async Task The_language_switch_only_returns_into_the_portal(string returnUrl)
    {
        using var user = fixture.NewUser();

        await user.GetAsync("/sprog?kultur=en&returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, user.Hops[0].StatusCode);
        Assert.Equal("/", user.Hops[0].Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_overview_in_english_has_english_labels_and_dates()
    {
        var (contactId, actor) = await fixture.ContactAsync(db => DemoHost.WithQuestionnaire(db, QuestionnaireStatus.Draft));
        var deadline = await fixture.Host.WithDatabaseAsync(db => db.Questionnaires
            .Where(q => q.SupplierId == actor.OrganisationId && q.Year == DemoHost.Year).Select(q => q.Deadline!.Value).SingleAsync());
        using var user = fixture.NewUser();
        await user.GetAsync("/sprog?kultur=en&returnUrl=%2F");

        var page = await DemoHost.SignInAsync(user, contactId);

        Assert.StartsWith("Overview for ", page.Heading, StringComparison.Ordinal);
        Assert.Equal("In progress", page.Text("#skema-status"));
        Assert.Equal(deadline.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en")), page.Text("#skema-frist"));
        Assert.Equal("Overview", page.Text("nav a[aria-current=page]"));
        Assert.Equal("Findings awaiting your response", page.Text("#fund"));
    }

    [Fact]
    public async Task The_questionnaire_in_english_says_that_its_questions_are_danish()
    {
        var (contactId, _) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 0));
        using var user = fixture.NewUser();
        await user.GetAsync("/sprog?kultur=en&returnUrl=%2F");

        var page = await DemoHost.SignInAsync(user, contactId, "/kontrolskema");

        Assert.StartsWith("Control questionnaire ", page.Heading, StringComparison.Ordinal);
        Assert.NotEmpty(page.Text("#skabelon-sprog"));
        Assert.NotNull(page.Button("Save draft"));
        Assert.NotNull(page.Button("Submit the questionnaire"));
        Assert.NotEmpty(page.Document.QuerySelectorAll("legend span[lang=da]"));
        Assert.Equal("Saving …", page.Find("#autosave-status")!.GetAttribute("data-saving"));
    }

    [Fact]
    public async Task The_sub_processor_register_in_english_has_english_labels_and_dates()
    {
        var (contactId, actor) = await fixture.ContactAsync(db => db.SubProcessorEngagements
            .Where(e => e.Status == EngagementStatus.Notified && e.ObjectionWindows.Any())
            .Select(e => e.SupplierId).Distinct().OrderBy(id => id).Take(1));
        var notified = await fixture.ReadAsync(actor, (scope, _) => scope.Engagements
            .Where(e => e.Status == EngagementStatus.Notified && e.ObjectionWindows.Any())
            .Select(e => new { e.Id, e.ObjectionDeadline }).FirstAsync());
        using var user = fixture.NewUser();
        await user.GetAsync("/sprog?kultur=en&returnUrl=%2F");

        var page = await DemoHost.SignInAsync(user, contactId, "/underdatabehandlere");

        Assert.Equal("Sub-processors", page.Heading);
        Assert.Equal("Sub-processors", page.Text("nav a[aria-current=page]"));
        Assert.Equal("Transfer basis", page.Text("#register thead th:nth-child(4)"));
        var row = page.Text($"#engagement-{notified.Id}");
        Assert.Contains("Announced", row, StringComparison.Ordinal);
        Assert.Contains(notified.ObjectionDeadline.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en")), row, StringComparison.Ordinal);
        Assert.DoesNotContain("Varslet", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_evidence_file_refused_in_english_is_explained_in_english()
    {
        var (contactId, _) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 1));
        using var user = fixture.NewUser();
        await user.GetAsync("/sprog?kultur=en&returnUrl=%2F");
        var page = await DemoHost.SignInAsync(user, contactId, "/kontrolskema");
        var field = SamplePdf.FirstFileField(page);

        var result = await SamplePdf.UploadAsync(user, page, field, new UploadedFile("statement.pdf", SamplePdf.Program()));

        Assert.StartsWith("Error: ", result.Document.Title, StringComparison.Ordinal);
        Assert.Equal("“statement.pdf” is not a PDF file. Attach the statement as a PDF.", result.Text($"#{field.Id}-fejl"));
        Assert.Equal("PDF only, at most 20 MB. For example the auditor's statement (ISAE 3000 or ISAE 3402) or a certificate.",
            result.Text($"#{field.Id}-hjaelp"));
        Assert.Equal("Attach file", ((IHtmlElement)field.ParentElement!.QuerySelector("button")!).TextContent.Trim());
    }

    [Fact]
    public async Task Every_text_the_portal_uses_has_an_english_translation()
    {
        var portal = Path.Combine(Directory.GetParent(OidcProvider.SourceFolder())!.Parent!.FullName, "portal", "Dbs.Portal");
        var english = XDocument.Load(Path.Combine(portal, "Text", "Texts.en.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);
        var used = new HashSet<string>();
        foreach (var file in Directory.EnumerateFiles(portal, "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                         && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                         && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (Match match in TextKey().Matches(await File.ReadAllTextAsync(file)))
            {
                used.Add(match.Groups["key"].Value);
            }
        }

        Assert.True(used.Count > 100, $"only {used.Count} texts found");
        var untranslated = used.Where(key => !english.ContainsKey(key)).ToList();
        Assert.Empty(untranslated);
        var empty = english.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).ToList();
        Assert.Empty(empty);
    }

    // The localizer's keys: T["…"], T.GetString("…"), texts["…"], and the Edit page's Report(…, "…") messages.
    [GeneratedRegex("""(?:\bT\[|\bT\.GetString\(|\btexts\[|\bReport\([^,]+, )"(?<key>[^"]*)"\s*[,\])]""")]
    private static partial Regex TextKey();
}
