using System.Buffers;
using System.Text;

namespace Dbs.GraphQL.Language;

/// <summary>
/// Block string rules (spec §2.9.4 BlockStringValue): removing common indentation from a raw block string, and
/// printing a value back as a block string the way graphql-js's <c>printBlockString</c> does.
/// </summary>
public static class BlockString
{
    /// <summary>
    /// The value of a block string from its raw text (between the triple quotes, with <c>\"""</c> already turned
    /// into <c>"""</c>): lines split at <c>\r\n</c>, <c>\n</c> or <c>\r</c>, the common indentation of all lines but
    /// the first removed, leading and trailing blank lines dropped, lines joined with <c>\n</c>.
    /// </summary>
    public static string Dedent(ReadOnlySpan<char> raw)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmptyLine = -1;
        var lastNonEmptyLine = -1;
        var lineIndex = 0;
        var position = 0;
        while (true)
        {
            var length = LineLength(raw, position);
            var indent = LeadingWhitespace(raw.Slice(position, length));
            if (indent != length)
            {
                if (firstNonEmptyLine < 0)
                {
                    firstNonEmptyLine = lineIndex;
                }

                lastNonEmptyLine = lineIndex;
                if (lineIndex != 0 && indent < commonIndent)
                {
                    commonIndent = indent;
                }
            }

            position += length;
            if (position >= raw.Length)
            {
                break;
            }

            position += raw[position] == '\r' && position + 1 < raw.Length && raw[position + 1] == '\n' ? 2 : 1;
            lineIndex++;
        }

        if (lastNonEmptyLine < 0)
        {
            return string.Empty;
        }

        char[]? rented = null;
        var buffer = raw.Length <= 512 ? stackalloc char[raw.Length] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        var written = 0;
        lineIndex = 0;
        position = 0;
        while (lineIndex <= lastNonEmptyLine)
        {
            var length = LineLength(raw, position);
            if (lineIndex >= firstNonEmptyLine)
            {
                if (lineIndex > firstNonEmptyLine)
                {
                    buffer[written++] = '\n';
                }

                var line = raw.Slice(position, length);
                if (lineIndex != 0)
                {
                    line = commonIndent < line.Length ? line[commonIndent..] : [];
                }

                line.CopyTo(buffer[written..]);
                written += line.Length;
            }

            position += length;
            if (position >= raw.Length)
            {
                break;
            }

            position += raw[position] == '\r' && position + 1 < raw.Length && raw[position + 1] == '\n' ? 2 : 1;
            lineIndex++;
        }

        var result = new string(buffer[..written]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>
    /// Whether printing <paramref name="value"/> as a block string would read back as the same value, as graphql-js's
    /// <c>isPrintableAsBlockString</c> decides.
    /// </summary>
    public static bool IsPrintable(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F' or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false; // a leading new line would be dropped
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent = hasIndent || isEmptyLine;
                    break;
                default:
                    hasCommonIndent = hasCommonIndent && hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        if (isEmptyLine)
        {
            return false; // trailing empty lines would be dropped
        }

        return !(hasCommonIndent && seenNonEmptyLine); // common indentation would be removed
    }

    /// <summary>
    /// <paramref name="value"/> as a block string with its triple quotes, laid out as graphql-js's
    /// <c>printBlockString</c> does; <paramref name="minimize"/> avoids the extra line breaks added for readability.
    /// </summary>
    public static string Print(string value, bool minimize = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);

        var lineCount = 1;
        var forceLeadingNewLine = true;
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (c is not ('\n' or '\r'))
            {
                continue;
            }

            if (c == '\r' && i + 1 < escaped.Length && escaped[i + 1] == '\n')
            {
                i++;
            }

            lineCount++;
            var next = i + 1 < escaped.Length ? escaped[i + 1] : '\0';
            var lineIsEmpty = i + 1 >= escaped.Length || next is '\n' or '\r';
            if (!lineIsEmpty && next is not (' ' or '\t'))
            {
                forceLeadingNewLine = false;
            }
        }

        var isSingleLine = lineCount == 1;
        forceLeadingNewLine = forceLeadingNewLine && !isSingleLine;
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !minimize
            && (!isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes);
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && value[0] is ' ' or '\t';

        var result = new StringBuilder(escaped.Length + 8).Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    private static int LineLength(ReadOnlySpan<char> text, int start)
    {
        var length = text[start..].IndexOfAny('\n', '\r');
        return length < 0 ? text.Length - start : length;
    }

    private static int LeadingWhitespace(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }
}
