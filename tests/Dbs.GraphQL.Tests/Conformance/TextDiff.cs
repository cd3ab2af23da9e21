using System.Text;

namespace Dbs.GraphQL.Tests.Conformance;

/// <summary>Where two texts first differ, by line, with a few lines of context: enough to read a failed comparison.</summary>
internal static class TextDiff
{
    public static string FirstDifference(string expected, string actual, int context = 3)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        var line = 0;
        while (line < want.Length && line < got.Length && want[line] == got[line])
        {
            line++;
        }

        if (line == want.Length && line == got.Length)
        {
            return "the texts are equal";
        }

        var text = new StringBuilder($"first difference at line {line + 1}\n");
        for (var i = Math.Max(0, line - context); i < line; i++)
        {
            text.Append("   ").Append(want[i]).Append('\n');
        }

        for (var i = line; i < Math.Min(want.Length, line + context); i++)
        {
            text.Append(" - ").Append(want[i]).Append('\n');
        }

        for (var i = line; i < Math.Min(got.Length, line + context); i++)
        {
            text.Append(" + ").Append(got[i]).Append('\n');
        }

        return text.ToString();
    }
}
