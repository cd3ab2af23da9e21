using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Dbs.Portal.Tests.Support;

/// <summary>
/// A user agent over real HTTP: keeps cookies per host, follows redirects across hosts itself (so each response can be
/// inspected) and submits HTML forms the way a browser would.
/// </summary>
public sealed class WebUser : IDisposable
{
    private const int MaxRedirects = 20;
    private readonly HttpClient _client;

    public WebUser(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        _client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
        };
    }

    public CookieContainer Cookies { get; }

    /// <summary>Whether posts ask for <c>100 Continue</c> before sending their body (RFC 9110 §10.1.1).</summary>
    public bool ExpectContinue { get; set; }

    /// <summary>Every response of the last navigation, redirects first.</summary>
    public List<HttpResponseMessage> Hops { get; } = [];

    public Task<Page> GetAsync(string url) => NavigateAsync(new HttpRequestMessage(HttpMethod.Get, url));

    /// <summary>
    /// Submits <paramref name="form"/> with its own fields, <paramref name="values"/> on top, and for a multipart form
    /// the chosen <paramref name="files"/> by field name (the other file fields are sent empty, as a browser does).
    /// </summary>
    public Task<Page> SubmitAsync(Page page, IHtmlFormElement form, IReadOnlyDictionary<string, string>? values = null,
        IHtmlElement? submitter = null, IReadOnlyDictionary<string, UploadedFile>? files = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements.OfType<IHtmlInputElement>())
        {
            if (element.Name is not { Length: > 0 } name || element.Type is "submit" or "button" or "file")
            {
                continue;
            }

            if (element.Type is "radio" or "checkbox" && !element.IsChecked)
            {
                continue;
            }

            fields.Add(new(name, element.Value));
        }

        foreach (var element in form.Elements.OfType<IHtmlTextAreaElement>())
        {
            if (element.Name is { Length: > 0 } name)
            {
                fields.Add(new(name, element.Value));
            }
        }

        foreach (var element in form.Elements.OfType<IHtmlSelectElement>())
        {
            if (element.Name is { Length: > 0 } name && element.Value is { } value)
            {
                fields.Add(new(name, value));
            }
        }

        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        if (submitter?.GetAttribute("name") is { Length: > 0 } submitterName)
        {
            fields.Add(new(submitterName, submitter.GetAttribute("value") ?? ""));
        }

        var action = submitter?.GetAttribute("formaction") is { Length: > 0 } formAction ? new Uri(page.Url, formAction)
            : form.GetAttribute("action") is { Length: > 0 } a ? new Uri(page.Url, a)
            : page.Url;
        if (!string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return NavigateAsync(new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(fields) });
        }

        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            multipart.Add(new StringContent(value), name);
        }

        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(e => e.Type == "file" && e.Name is { Length: > 0 }))
        {
            var file = files is not null && files.TryGetValue(input.Name!, out var chosen) ? chosen : new UploadedFile("", []);
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.Content.Length == 0 ? "application/octet-stream" : file.ContentType);
            // Set by hand: an empty file field has the file name "", which MultipartFormDataContent.Add refuses.
            part.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("form-data")
            {
                Name = $"\"{input.Name}\"",
                FileName = $"\"{file.FileName}\"",
            };
            multipart.Add(part);
        }

        var post = new HttpRequestMessage(HttpMethod.Post, action) { Content = multipart };
        post.Headers.ExpectContinue = ExpectContinue;
        return NavigateAsync(post);
    }

    public async Task<Page> NavigateAsync(HttpRequestMessage request)
    {
        Hops.Clear();
        var url = request.RequestUri!.IsAbsoluteUri ? request.RequestUri : new Uri(_client.BaseAddress!, request.RequestUri);
        request.RequestUri = url;
        for (var i = 0; i < MaxRedirects; i++)
        {
            var response = await _client.SendAsync(request);
            Hops.Add(response);
            if ((int)response.StatusCode is < 300 or >= 400 || response.Headers.Location is null)
            {
                var html = await response.Content.ReadAsStringAsync();
                return new Page(url, response, new HtmlParser().ParseDocument(html));
            }

            url = new Uri(url, response.Headers.Location);
            request = new HttpRequestMessage(HttpMethod.Get, url);
        }

        throw new InvalidOperationException("Too many redirects.");
    }

    public void Dispose()
    {
        foreach (var hop in Hops)
        {
            hop.Dispose();
        }

        _client.Dispose();
    }
}

/// <summary>A file chosen in a file field.</summary>
public sealed record UploadedFile(string FileName, byte[] Content, string ContentType = "application/pdf");

/// <summary>A page the user ended on.</summary>
public sealed record Page(Uri Url, HttpResponseMessage Response, IHtmlDocument Document)
{
    public HttpStatusCode Status => Response.StatusCode;

    public IHtmlFormElement Form(string selector = "form") =>
        Document.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No {selector} on {Url}.");

    public string Heading => Document.QuerySelector("h1")?.TextContent.Trim() ?? "";

    public string Text(string selector) => Document.QuerySelector(selector)?.TextContent.Trim() ?? "";

    public IElement? Find(string selector) => Document.QuerySelector(selector);

    public IHtmlElement Button(string text) => Document.QuerySelectorAll("button").OfType<IHtmlElement>()
        .Single(b => b.TextContent.Trim() == text);
}
