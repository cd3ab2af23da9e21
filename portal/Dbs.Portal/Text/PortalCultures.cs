using System.Globalization;

namespace Dbs.Portal.Text;

/// <summary>The portal's languages: Danish by default, English on request (the language switch or Accept-Language).</summary>
public static class PortalCultures
{
    public static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static readonly IReadOnlyList<CultureInfo> Supported = [Danish, English];

    /// <summary>
    /// What a browser may ask for: also plain "da", which most Danish browsers send and which would otherwise not match
    /// da-DK (a request culture falls back to its parent, never to a child).
    /// </summary>
    public static readonly IReadOnlyList<CultureInfo> Requestable = [Danish, CultureInfo.GetCultureInfo("da"), English];

    /// <summary>Whether the current request is answered in English.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The supported culture named <paramref name="name"/>, or null.</summary>
    public static CultureInfo? Find(string? name) =>
        Supported.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
