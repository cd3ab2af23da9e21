using System.Globalization;
using System.Text;
using AngleSharp.Html.Dom;

namespace Dbs.Portal.Tests.Support;

/// <summary>Small, well-formed PDF files (one blank page, optionally padded with a stream), and uploading them.</summary>
public static class SamplePdf
{
    /// <summary>A PDF of about <paramref name="paddingBytes"/> bytes more than a blank page.</summary>
    public static byte[] Create(int paddingBytes = 0)
    {
        var pdf = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\n");
        var offsets = new List<int>();
        void Add(string body)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }

        Add("<< /Type /Catalog /Pages 2 0 R >>");
        Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        Add($"<< /Length {paddingBytes} >>\nstream\n{new string('x', paddingBytes)}\nendstream");
        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>The start of a Windows program: what a renamed .exe holds.</summary>
    public static byte[] Program() =>
        [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, .. Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.\r\n")];

    /// <summary>The first file field of the questionnaire form.</summary>
    public static IHtmlInputElement FirstFileField(Page page) =>
        page.Document.QuerySelectorAll("#skema input[type=file]").OfType<IHtmlInputElement>().First();

    /// <summary>Chooses <paramref name="file"/> in <paramref name="field"/> and presses its "Vedhæft fil" button, with <paramref name="values"/> typed.</summary>
    public static Task<Page> UploadAsync(WebUser user, Page page, IHtmlInputElement field, UploadedFile file,
        IReadOnlyDictionary<string, string>? values = null) =>
        user.SubmitAsync(page, page.Form("#skema"), values, (IHtmlElement)field.ParentElement!.QuerySelector("button")!,
            new Dictionary<string, UploadedFile> { [field.Name!] = file });
}
