using System.Text;

namespace Dbs.Api.GraphQL.Filtering;

/// <summary>Text values prepared for the case-insensitive comparisons of <c>StringOperationFilterInput</c>.</summary>
internal static class TextMatch
{
    /// <summary>The escape character of every LIKE pattern we build.</summary>
    public const string Escape = "\\";

    /// <summary>Folded like the column (<see cref="Dbs.Domain.Persistence.TextFolding.Fold"/>).</summary>
    public static string Fold(string text) => text.ToLowerInvariant();

    /// <summary>A LIKE pattern matching <paramref name="text"/> literally (its % and _ escaped), folded.</summary>
    public static string Pattern(string? prefix, string text, string? suffix)
    {
        var pattern = new StringBuilder(text.Length + 4).Append(prefix);
        foreach (var c in Fold(text))
        {
            if (c is '%' or '_' or '\\')
            {
                pattern.Append('\\');
            }

            pattern.Append(c);
        }

        return pattern.Append(suffix).ToString();
    }
}
