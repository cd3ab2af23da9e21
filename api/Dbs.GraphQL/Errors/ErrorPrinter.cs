using System.Globalization;
using System.Text;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Errors;

/// <summary>Formats an error with excerpts of its source, like graphql-js's <c>printError</c>.</summary>
internal static class ErrorPrinter
{
    // Lines longer than this are shown in slices, as graphql-js does for minified documents.
    private const int LongLine = 120;
    private const int SliceWidth = 80;

    public static string Print(GraphQLError error)
    {
        var output = new StringBuilder(error.Message);
        if (error.Nodes is not null)
        {
            foreach (var node in error.Nodes)
            {
                if (node.Location is { } location)
                {
                    output.Append("\n\n").Append(PrintSourceLocation(location.Source, location.Source.GetLocation(location.Start)));
                }
            }
        }
        else if (error.Source is not null && error.Locations is not null)
        {
            foreach (var location in error.Locations)
            {
                output.Append("\n\n").Append(PrintSourceLocation(error.Source, location));
            }
        }

        return output.ToString();
    }

    public static string PrintSourceLocation(Source source, SourceLocation location)
    {
        var lines = SplitLines(source.Body);
        var lineIndex = location.Line - 1;
        var lineNumber = location.Line;
        var column = location.Column;
        var header = string.Create(CultureInfo.InvariantCulture, $"{source.Name}:{lineNumber}:{column}\n");
        var locationLine = lineIndex < lines.Count ? lines[lineIndex] : null;
        if (locationLine is { Length: > LongLine })
        {
            var subLineIndex = column / SliceWidth;
            var subLineColumn = column % SliceWidth;
            var subLines = new List<string>();
            for (var i = 0; i < locationLine.Length; i += SliceWidth)
            {
                subLines.Add(locationLine.Substring(i, Math.Min(SliceWidth, locationLine.Length - i)));
            }

            var prefixed = new List<(string Prefix, string? Line)> { (Number(lineNumber) + " |", subLines[0]) };
            for (var i = 1; i <= subLineIndex && i < subLines.Count; i++)
            {
                prefixed.Add(("|", subLines[i]));
            }

            prefixed.Add(("|", new string(' ', Math.Max(0, subLineColumn - 1)) + "^"));
            prefixed.Add(("|", subLineIndex + 1 < subLines.Count ? subLines[subLineIndex + 1] : null));
            return header + PrintPrefixedLines(prefixed);
        }

        return header + PrintPrefixedLines(
        [
            (Number(lineNumber - 1) + " |", lineIndex - 1 >= 0 && lineIndex - 1 < lines.Count ? lines[lineIndex - 1] : null),
            (Number(lineNumber) + " |", locationLine),
            ("|", new string(' ', Math.Max(0, column - 1)) + "^"),
            (Number(lineNumber + 1) + " |", lineIndex + 1 < lines.Count ? lines[lineIndex + 1] : null),
        ]);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string PrintPrefixedLines(List<(string Prefix, string? Line)> lines)
    {
        var padding = 0;
        foreach (var (prefix, line) in lines)
        {
            if (line is not null)
            {
                padding = Math.Max(padding, prefix.Length);
            }
        }

        var output = new StringBuilder();
        foreach (var (prefix, line) in lines)
        {
            if (line is null)
            {
                continue;
            }

            if (output.Length > 0)
            {
                output.Append('\n');
            }

            output.Append(prefix.PadLeft(padding));
            if (line.Length > 0)
            {
                output.Append(' ').Append(line);
            }
        }

        return output.ToString();
    }

    // Splits at \r\n, \n and \r, like graphql-js's /\r\n|[\n\r]/g.
    private static List<string> SplitLines(string body)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c is '\n' or '\r')
            {
                lines.Add(body[start..i]);
                if (c == '\r' && i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(body[start..]);
        return lines;
    }
}
