using System.Security.Cryptography;
using Dbs.Portal.Tests.Support;
using Microsoft.Playwright;

namespace Dbs.Portal.Tests.Browser;

public sealed class EvidenceBrowserTests(DemoHost fixture, Chromium chromium) : IClassFixture<DemoHost>, IClassFixture<Chromium>
{
    [Fact]
    public async Task An_uploaded_pdf_is_listed_under_its_question()
    {
        var (contactId, _) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 12));
        var pdf = SamplePdf.Create(2000);

        await chromium.RunAsync(nameof(An_uploaded_pdf_is_listed_under_its_question), fixture.Host.Address!, async page =>
        {
            await BrowserSignIn.AsContactAsync(page, contactId, "/kontrolskema");
            var upload = page.Locator(".upload").First;

            await upload.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
            {
                Name = "ISAE 3402 type 2.pdf",
                MimeType = "application/pdf",
                Buffer = pdf,
            });
            await upload.GetByRole(AriaRole.Button, new() { Name = "Vedhæft fil" }).ClickAsync();

            await page.Locator("p[role=status]").Filter(new() { HasTextString = "er vedhæftet" }).WaitForAsync();
            var row = page.Locator("table.evidence-list tr").Filter(new() { HasTextString = "ISAE 3402 type 2.pdf" });
            Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(pdf)), await row.InnerTextAsync(), StringComparison.Ordinal);
            var download = await page.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Link).ClickAsync());
            Assert.Equal("ISAE 3402 type 2.pdf", download.SuggestedFilename);
        });
    }

    [Fact]
    public async Task A_renamed_program_is_refused_with_the_error_shown_and_linked_to_the_file_field()
    {
        var (contactId, _) = await fixture.ContactAsync(db => DemoHost.WithFirstDraft(db, 13));

        await chromium.RunAsync(nameof(A_renamed_program_is_refused_with_the_error_shown_and_linked_to_the_file_field), fixture.Host.Address!, async page =>
        {
            await BrowserSignIn.AsContactAsync(page, contactId, "/kontrolskema");
            var upload = page.Locator(".upload").First;
            var fieldId = await upload.Locator("input[type=file]").GetAttributeAsync("id");

            await upload.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
            {
                Name = "revisorerklaering.pdf",
                MimeType = "application/pdf",
                Buffer = SamplePdf.Program(),
            });
            await upload.GetByRole(AriaRole.Button, new() { Name = "Vedhæft fil" }).ClickAsync();
            var link = page.Locator(".error-summary a");
            await link.WaitForAsync();
            await link.ClickAsync();

            Assert.Equal("”revisorerklaering.pdf” er ikke en PDF-fil. Vedhæft erklæringen som PDF.", await link.InnerTextAsync());
            Assert.Equal(fieldId, await page.EvaluateAsync<string>("() => document.activeElement.id"));
            Assert.Equal(0, await page.Locator("table.evidence-list tr").Filter(new() { HasTextString = "revisorerklaering.pdf" }).CountAsync());
        });
    }
}
