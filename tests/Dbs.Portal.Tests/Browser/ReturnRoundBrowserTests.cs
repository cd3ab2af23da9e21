using Dbs.Domain.Common;
using Dbs.Domain.Questionnaires;
using Dbs.Portal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dbs.Portal.Tests.Browser;

public sealed class ReturnRoundBrowserTests(DemoHost fixture, Chromium chromium) : IClassFixture<DemoHost>, IClassFixture<Chromium>
{
    private const string Comment = "Uddyb venligst, hvem der gennemgår adgangene, og hvor ofte.";

    [Fact]
    public async Task The_supplier_submits_dbs_returns_one_question_and_the_supplier_answers_it_and_resubmits()
    {
        var (contactId, actor) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 0));
        var (questionnaireId, returnedKey) = await PrepareAsync(actor);
        var fieldId = "svar-" + returnedKey.Replace('.', '-');

        await chromium.RunAsync(nameof(The_supplier_submits_dbs_returns_one_question_and_the_supplier_answers_it_and_resubmits), fixture.Host.Address!, async page =>
        {
            await page.GotoAsync("/udvikling/log-ind?returnUrl=%2Fkontrolskema");
            var button = page.Locator("button[name=contactId]").First;
            await button.EvaluateAsync("(b, id) => b.value = id", contactId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await button.ClickAsync();
            await page.WaitForURLAsync("**/kontrolskema");

            // Fill every required question still unanswered, the way the form posts them (no autosave events).
            await page.EvaluateAsync("""
                () => document.querySelectorAll('fieldset.question').forEach(set => {
                  if (!set.querySelector('.required')) return;
                  const radios = [...set.querySelectorAll('input[type=radio]')];
                  if (radios.length > 0) { if (!radios.some(r => r.checked)) radios[0].checked = true; return; }
                  const date = set.querySelector('input[type=date]');
                  if (date && !date.value) { date.value = '2026-10-01'; return; }
                  const text = [...set.querySelectorAll('textarea')].find(t => !t.id.endsWith('-uddybning'));
                  if (text && !text.value) text.value = 'Besvaret i browseren.';
                })
                """);
            await page.GetByRole(AriaRole.Button, new() { Name = "Indsend skemaet" }).ClickAsync();
            await page.WaitForURLAsync("**/kontrolskema/kvittering");
            Assert.Equal("Indsendt", await page.Locator("#skema-status").InnerTextAsync());

            await ReturnAsync(questionnaireId, returnedKey);
            await page.GotoAsync("/kontrolskema");

            Assert.Equal("Sendt retur til uddybning", await page.Locator("#skema-status").InnerTextAsync());
            var returned = page.Locator($"[id='sporgsmaal-{fieldId}']");
            Assert.Contains(Comment, await returned.Locator(".clarification").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(1, await page.Locator("fieldset.question:not(:has(.readonly-answer))").CountAsync());
            await page.Locator($"[id='{fieldId}']").FillAsync("Compliance-chefen gennemgår alle adgange hvert kvartal.");
            await page.Locator("#autosave-status").Filter(new() { HasTextString = "Alle ændringer er gemt" }).WaitForAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Indsend skemaet" }).ClickAsync();
            await page.WaitForURLAsync("**/kontrolskema/kvittering");

            Assert.Equal("Indsendt", await page.Locator("#skema-status").InnerTextAsync());
            var answers = string.Join("\n", await page.Locator("dl.answers").AllInnerTextsAsync());
            Assert.Contains("Compliance-chefen gennemgår alle adgange hvert kvartal.", answers, StringComparison.Ordinal);
        });

        var stored = await fixture.ReadAsync(actor, (scope, _) => scope.Questionnaires.Where(q => q.Id == questionnaireId)
            .Select(q => new { q.Status, q.ReturnRound }).SingleAsync());
        Assert.Equal(QuestionnaireStatus.Submitted, stored.Status);
        Assert.Equal(1, stored.ReturnRound);
    }

    /// <summary>
    /// Attaches a statement to each required file question (uploading is not part of this round) and picks the first
    /// required text question as the one DBS will return.
    /// </summary>
    private async Task<(int QuestionnaireId, string ReturnedKey)> PrepareAsync(Actor actor)
    {
        using var scope = fixture.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Dbs.Domain.Persistence.DbsDbContext>();
        var service = scope.ServiceProvider.GetRequiredService<QuestionnaireService>();
        var questionnaire = await db.Questionnaires.Where(q => q.SupplierId == actor.OrganisationId && q.Year == DemoHost.Year)
            .Include(q => q.Template).ThenInclude(t => t.Sections).ThenInclude(s => s.Questions)
            .Include(q => q.Attachments)
            .SingleAsync();
        var questions = questionnaire.Template.Sections.OrderBy(s => s.Order).SelectMany(s => s.Questions.OrderBy(q => q.Order)).ToList();
        foreach (var file in questions.Where(q => q.Kind == QuestionKind.File && q.Required && !questionnaire.IsAnswered(q)))
        {
            var attached = await service.AddAttachmentAsync(actor, questionnaire.Id, new AttachmentInput(file.Key, "erklaering.pdf",
                "application/pdf", 1024, new string('a', 64), $"test/{questionnaire.Id}/{file.Key}"));
            Assert.True(attached.IsSuccess, attached.Error?.Message);
        }

        return (questionnaire.Id, questions.First(q => q.Kind == QuestionKind.Text && q.Required).Key);
    }

    private async Task ReturnAsync(int questionnaireId, string key)
    {
        using var scope = fixture.Host.Services.CreateScope();
        var returned = await scope.ServiceProvider.GetRequiredService<QuestionnaireService>().ReturnForClarificationAsync(
            Actor.DbsStaff("dbs-reviewer", "Dorte fra DBS"), questionnaireId, [new ClarificationInput(key, Comment)]);
        Assert.True(returned.IsSuccess, returned.Error?.Message);
    }
}
