using System.Net;
using System.Security.Cryptography;
using AngleSharp.Html.Dom;
using Dbs.Portal.Evidence;
using Dbs.Portal.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dbs.Portal.Tests.Questionnaire;

public sealed class EvidenceUploadTests(DemoHost fixture) : IClassFixture<DemoHost>
{
    [Fact]
    public async Task An_uploaded_pdf_is_listed_under_its_question_with_its_digest_and_the_typed_answers_are_saved_with_it()
    {
        var (contactId, actor) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 0));
        using var user = fixture.NewUser();
        var page = await DemoHost.SignInAsync(user, contactId, "/kontrolskema");
        var text = EmptyTextField(page);
        var field = SamplePdf.FirstFileField(page);
        var pdf = SamplePdf.Create(3000);

        var result = await SamplePdf.UploadAsync(user, page, field, new UploadedFile("ISAE 3000-erklæring 2026.pdf", pdf),
            new Dictionary<string, string> { [text.Name!] = "Skrevet før upload" });

        Assert.Equal("/kontrolskema", result.Url.AbsolutePath);
        Assert.Equal("”ISAE 3000-erklæring 2026.pdf” er vedhæftet. Dine svar er gemt.", result.Text("p[role=status]"));
        Assert.Equal("Skrevet før upload", result.Find($"#{text.Id}")!.TextContent);
        var digest = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var row = result.Document.QuerySelectorAll($"#{field.Id!.Replace("-fil", "-filer", StringComparison.Ordinal)} tbody tr")
            .Single(r => r.TextContent.Contains("ISAE 3000-erklæring 2026.pdf", StringComparison.Ordinal));
        Assert.Contains(digest, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("4 kB", row.TextContent, StringComparison.Ordinal);
        var stored = await fixture.ReadAsync(actor, (scope, _) =>
            scope.Attachments.SingleAsync(a => a.FileName == "ISAE 3000-erklæring 2026.pdf"));
        Assert.Equal((digest, (long)pdf.Length, "application/pdf"), (stored.Sha256, stored.SizeBytes, stored.ContentType));
        Assert.DoesNotContain("erklæring", stored.StorageKey, StringComparison.Ordinal);
        var store = fixture.Host.Services.GetRequiredService<EvidenceStore>();
        Assert.DoesNotContain("wwwroot", store.Root, StringComparison.Ordinal);
        await using (var content = store.Open(stored.StorageKey))
        {
            using var copy = new MemoryStream();
            await content!.CopyToAsync(copy);
            Assert.Equal(pdf, copy.ToArray());
        }

        var answers = await fixture.ReadAsync(actor, (scope, _) => scope.Answers.CountAsync(a => a.Value == "Skrevet før upload"));
        Assert.Equal(1, answers);
    }

    [Fact]
    public async Task A_renamed_program_is_refused_with_a_linked_error_and_the_typed_answers_are_kept()
    {
        var (contactId, actor) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 1));
        using var user = fixture.NewUser();
        var page = await DemoHost.SignInAsync(user, contactId, "/kontrolskema");
        var text = EmptyTextField(page);
        var field = SamplePdf.FirstFileField(page);

        var result = await SamplePdf.UploadAsync(user, page, field, new UploadedFile("erklaering.pdf", SamplePdf.Program()),
            new Dictionary<string, string> { [text.Name!] = "Mit svar" });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.StartsWith("Fejl: ", result.Document.Title, StringComparison.Ordinal);
        var link = Assert.Single(result.Document.QuerySelectorAll(".error-summary a"));
        Assert.Equal("#" + field.Id, link.GetAttribute("href"));
        Assert.Equal("”erklaering.pdf” er ikke en PDF-fil. Vedhæft erklæringen som PDF.", link.TextContent);
        Assert.Equal(link.TextContent, result.Text($"#{field.Id}-fejl"));
        Assert.Contains($"{field.Id}-fejl", result.Find($"#{field.Id}")!.GetAttribute("aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.Equal("Mit svar", result.Find($"#{text.Id}")!.TextContent);
        var stored = await fixture.ReadAsync(actor, async (scope, _) =>
            (await scope.Attachments.CountAsync(a => a.FileName == "erklaering.pdf"), await scope.Answers.CountAsync(a => a.Value == "Mit svar")));
        Assert.Equal((0, 1), stored);

        // The answer saved with the refused file is not reported as a conflict on the next save.
        var again = await user.SubmitAsync(result, result.Form("#skema"), submitter: result.Button("Gem kladde"));
        Assert.Equal("Dine svar er gemt.", again.Text("p[role=status]"));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_a_linked_error()
    {
        var (contactId, actor) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 2));
        using var user = fixture.NewUser();
        var page = await DemoHost.SignInAsync(user, contactId, "/kontrolskema");
        var field = SamplePdf.FirstFileField(page);

        var result = await SamplePdf.UploadAsync(user, page, field, new UploadedFile("stor.pdf", SamplePdf.Create(20 * 1024 * 1024)));

        var link = Assert.Single(result.Document.QuerySelectorAll(".error-summary a"));
        Assert.Equal("#" + field.Id, link.GetAttribute("href"));
        Assert.Equal("”stor.pdf” er større end 20 MB. Vedhæft en mindre fil, fx erklæringen uden bilag.", link.TextContent);
        Assert.Equal(0, await fixture.ReadAsync(actor, (scope, _) => scope.Attachments.CountAsync(a => a.FileName == "stor.pdf")));
    }

    [Fact]
    public async Task A_post_far_over_the_request_limit_is_answered_unread_with_a_notice_on_the_questionnaire()
    {
        var (contactId, _) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 3));
        // A client that waits for 100 Continue gets the answer without sending the body at all.
        using var user = fixture.NewUser();
        user.ExpectContinue = true;
        var page = await DemoHost.SignInAsync(user, contactId, "/kontrolskema");
        var field = SamplePdf.FirstFileField(page);

        var result = await SamplePdf.UploadAsync(user, page, field, new UploadedFile("meget-stor.pdf", SamplePdf.Create(42 * 1024 * 1024)));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("/kontrolskema", result.Url.AbsolutePath);
        Assert.Contains("Filen var for stor", result.Text("#for-stor"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_an_attachment_deletes_it_and_its_file()
    {
        var (contactId, actor) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 4));
        using var user = fixture.NewUser();
        var page = await DemoHost.SignInAsync(user, contactId, "/kontrolskema");
        var uploaded = await SamplePdf.UploadAsync(user, page, SamplePdf.FirstFileField(page), new UploadedFile("fjernes.pdf", SamplePdf.Create()));
        var key = await fixture.ReadAsync(actor, (scope, _) => scope.Attachments.Where(a => a.FileName == "fjernes.pdf").Select(a => a.StorageKey).SingleAsync());
        var remove = uploaded.Document.QuerySelectorAll("button").OfType<IHtmlButtonElement>()
            .Single(b => b.TextContent.Contains("fjernes.pdf", StringComparison.Ordinal));

        var result = await user.SubmitAsync(uploaded, uploaded.Form("#skema"), submitter: remove);

        Assert.Equal("”fjernes.pdf” er fjernet.", result.Text("p[role=status]"));
        Assert.DoesNotContain("fjernes.pdf", result.Text("#skema"), StringComparison.Ordinal);
        Assert.Equal(0, await fixture.ReadAsync(actor, (scope, _) => scope.Attachments.CountAsync(a => a.FileName == "fjernes.pdf")));
        Assert.Null(fixture.Host.Services.GetRequiredService<EvidenceStore>().Open(key));
    }

    private static IHtmlTextAreaElement EmptyTextField(Page page) =>
        page.Document.QuerySelectorAll("#skema textarea").OfType<IHtmlTextAreaElement>()
            .First(t => !t.Id!.EndsWith("-uddybning", StringComparison.Ordinal) && string.IsNullOrEmpty(t.Value));
}
