using System.Net;
using AngleSharp.Html.Dom;
using Dbs.Domain.Questionnaires;
using Dbs.Portal.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Portal.Tests.Questionnaire;

public sealed class EditTests(DemoHost fixture) : IClassFixture<DemoHost>
{
    [Fact]
    public async Task Shows_every_question_of_the_template_with_a_labelled_field()
    {
        var (contactId, actor) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 0));
        var questions = await fixture.Host.WithDatabaseAsync(db =>
            db.Questionnaires.Where(q => q.SupplierId == actor.OrganisationId && q.Year == DemoHost.Year)
                .SelectMany(q => q.Template.Sections.SelectMany(s => s.Questions)).CountAsync());
        using var user = fixture.NewUser();

        var page = await DemoHost.SignInAsync(user, contactId, "/kontrolskema");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(questions, page.Document.QuerySelectorAll("fieldset.question").Length);
        Assert.All(page.Document.QuerySelectorAll("fieldset.question"), f => Assert.NotNull(f.QuerySelector("legend")));
        foreach (var field in page.Document.QuerySelectorAll("#skema textarea, #skema input[type=date], #skema input[type=radio]"))
        {
            Assert.NotNull(page.Find($"label[for='{field.Id}']"));
        }

        Assert.NotEmpty(page.Document.QuerySelectorAll("input[type=radio]"));
        Assert.NotEmpty(page.Document.QuerySelectorAll("input[type=date]"));
        Assert.NotEmpty(page.Document.QuerySelectorAll(".clause"));
        Assert.NotEmpty(page.Document.QuerySelectorAll(".hint"));
    }

    [Fact]
    public async Task Saving_the_draft_stores_the_answer_and_shows_it_on_reload()
    {
        var (contactId, actor) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 1));
        using var user = fixture.NewUser();
        var page = await DemoHost.SignInAsync(user, contactId, "/kontrolskema");
        var field = EmptyTextField(page);

        var saved = await user.SubmitAsync(page, page.Form("#skema"),
            new Dictionary<string, string> { [field.Name!] = "Vi gennemgår adgange hvert kvartal." }, page.Button("Gem kladde"));

        Assert.Equal("/kontrolskema", saved.Url.AbsolutePath);
        Assert.Equal("Dine svar er gemt.", saved.Text("p[role=status]"));
        Assert.Equal("Vi gennemgår adgange hvert kvartal.", saved.Find($"#{field.Id}")!.TextContent);
        var reloaded = await user.GetAsync("/kontrolskema");
        Assert.Equal("Vi gennemgår adgange hvert kvartal.", reloaded.Find($"#{field.Id}")!.TextContent);
        var stored = await fixture.ReadAsync(actor, (scope, _) =>
            scope.Answers.Where(a => a.Value == "Vi gennemgår adgange hvert kvartal.").CountAsync());
        Assert.Equal(1, stored);
    }

    [Fact]
    public async Task A_conflicting_save_from_another_tab_is_shown_and_what_the_user_typed_is_kept()
    {
        var (contactId, actor) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 2));
        using var user = fixture.NewUser();
        var firstTab = await DemoHost.SignInAsync(user, contactId, "/kontrolskema");
        var secondTab = await user.GetAsync("/kontrolskema");
        var field = EmptyTextField(firstTab);
        await user.SubmitAsync(secondTab, secondTab.Form("#skema"),
            new Dictionary<string, string> { [field.Name!] = "Svar fra den anden fane" }, secondTab.Button("Gem kladde"));

        var page = await user.SubmitAsync(firstTab, firstTab.Form("#skema"),
            new Dictionary<string, string> { [field.Name!] = "Mit svar" }, firstTab.Button("Gem kladde"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var link = Assert.Single(page.Document.QuerySelectorAll(".error-summary a"));
        Assert.Equal("#" + field.Id, link.GetAttribute("href"));
        Assert.Contains("Svar fra den anden fane", page.Text(".conflict-detail"), StringComparison.Ordinal);
        Assert.Equal("Mit svar", page.Find($"#{field.Id}")!.TextContent);
        var stored = await fixture.ReadAsync(actor, (scope, _) => scope.Answers
            .Where(a => a.Value == "Svar fra den anden fane" || a.Value == "Mit svar").Select(a => a.Value).ToListAsync());
        Assert.Equal(["Svar fra den anden fane"], stored);

        var overwritten = await user.SubmitAsync(page, page.Form("#skema"), submitter: page.Button("Gem kladde"));

        Assert.Equal("Dine svar er gemt.", overwritten.Text("p[role=status]"));
        Assert.Equal("Mit svar", overwritten.Find($"#{field.Id}")!.TextContent);
    }

    [Fact]
    public async Task Submitting_with_missing_required_answers_links_each_missing_answer()
    {
        var (contactId, actor) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 3));
        using var user = fixture.NewUser();
        var page = await DemoHost.SignInAsync(user, contactId, "/kontrolskema");
        var missing = await fixture.Host.WithDatabaseAsync(async db =>
        {
            var questionnaire = await db.Questionnaires.Include(q => q.Template).ThenInclude(t => t.Sections).ThenInclude(s => s.Questions)
                .Include(q => q.Answers).Include(q => q.Attachments)
                .SingleAsync(q => q.SupplierId == actor.OrganisationId && q.Year == DemoHost.Year);
            return questionnaire.MissingRequired().Select(q => "#svar-" + q.Key.Replace('.', '-')).ToList();
        });

        var result = await user.SubmitAsync(page, page.Form("#skema"), submitter: page.Button("Indsend skemaet"));

        Assert.NotEmpty(missing);
        Assert.Equal("/kontrolskema", result.Url.AbsolutePath);
        Assert.StartsWith("Fejl: ", result.Document.Title, StringComparison.Ordinal);
        var links = result.Document.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(missing, links);
        Assert.All(links, href => Assert.NotNull(result.Find(href)));
        Assert.Equal("Under udfyldelse", result.Text("#skema-status"));
    }

    [Fact]
    public async Task Submitting_a_complete_questionnaire_shows_a_receipt_with_the_time()
    {
        var (contactId, actor) = await fixture.ContactAsync(db =>
            DemoHost.WithQuestionnaire(db, QuestionnaireStatus.ReturnedForClarification).OrderBy(id => id).Take(1));
        using var user = fixture.NewUser();
        var page = await DemoHost.SignInAsync(user, contactId, "/kontrolskema");

        var receipt = await user.SubmitAsync(page, page.Form("#skema"), submitter: page.Button("Indsend skemaet"));

        Assert.Equal("/kontrolskema/kvittering", receipt.Url.AbsolutePath);
        Assert.Contains("Skemaet blev indsendt til DBS 23. november 2026 kl. 10.00", receipt.Text("#kvittering"), StringComparison.Ordinal);
        Assert.Equal("Indsendt", receipt.Text("#skema-status"));
        Assert.Empty(receipt.Document.QuerySelectorAll("form#skema"));
        var status = await fixture.ReadAsync(actor, (scope, _) =>
            scope.Questionnaires.Where(q => q.Year == DemoHost.Year).Select(q => q.Status).SingleAsync());
        Assert.Equal(QuestionnaireStatus.Submitted, status);
        var again = await user.GetAsync("/kontrolskema");
        Assert.Equal("/kontrolskema/kvittering", again.Url.AbsolutePath);
    }

    [Fact]
    public async Task A_questionnaire_returned_by_dbs_shows_its_comments_and_opens_only_those_questions()
    {
        var (contactId, actor) = await fixture.ContactAsync(db =>
            DemoHost.WithQuestionnaire(db, QuestionnaireStatus.ReturnedForClarification).OrderBy(id => id).Skip(1).Take(1));
        var comments = await fixture.Host.WithDatabaseAsync(db => db.Questionnaires
            .Where(q => q.SupplierId == actor.OrganisationId && q.Year == DemoHost.Year)
            .SelectMany(q => q.Clarifications.Where(c => c.Round == q.ReturnRound))
            .Select(c => new { c.Question.Key, c.Comment }).ToListAsync());
        using var user = fixture.NewUser();

        var page = await DemoHost.SignInAsync(user, contactId, "/kontrolskema");

        Assert.NotEmpty(comments);
        Assert.Equal("Sendt retur til uddybning", page.Text("#skema-status"));
        var open = page.Document.QuerySelectorAll("fieldset.question").Where(f => f.QuerySelector(".readonly-answer") is null).ToList();
        Assert.Equal(comments.Count, open.Count);
        foreach (var comment in comments)
        {
            var fieldset = page.Find($"#sporgsmaal-svar-{comment.Key.Replace('.', '-')}")!;
            Assert.Null(fieldset.QuerySelector(".readonly-answer"));
            Assert.Contains(comment.Comment, fieldset.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_post_after_the_session_expired_is_not_lost_silently()
    {
        var (contactId, _) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 12));
        using var user = fixture.NewUser();
        var page = await DemoHost.SignInAsync(user, contactId, "/kontrolskema");
        user.Cookies.GetCookies(fixture.Host.Address!)["Dbs.Session"]!.Expired = true;

        await user.SubmitAsync(page, page.Form("#skema"), submitter: page.Button("Gem kladde"));

        Assert.Equal("/konto/log-ind?returnUrl=%2Fkontrolskema%3FikkeGemt%3Dtrue", user.Hops[0].Headers.Location!.OriginalString);
        var signedInAgain = await DemoHost.SignInAsync(user, contactId, "/kontrolskema?ikkeGemt=true");
        Assert.Equal("Dine seneste ændringer blev ikke gemt", signedInAgain.Text("#ikke-gemt h2"));
    }

    private static IHtmlTextAreaElement EmptyTextField(Page page) =>
        page.Document.QuerySelectorAll("#skema textarea").OfType<IHtmlTextAreaElement>()
            .First(t => !t.Id!.EndsWith("-uddybning", StringComparison.Ordinal) && t.Value.Length == 0);
}
