using System.Globalization;
using System.Text;

namespace Dbs.GraphQL.Tests.Fuzzing;

/// <summary>
/// Documents shaped to exhaust a naive parser or validator: extreme nesting, very long tokens, very many tokens, and
/// fragment graphs that are deep, wide, cyclic or exponential when expanded.
/// </summary>
internal static class HostileDocuments
{
    private const int Deep = 100_000;
    private const int Many = 10_000;
    private const int Long = 200_000;

    public static IEnumerable<FuzzInput> All()
    {
        yield return new("selection sets nested 100,000 deep", Repeat("{a", Deep) + new string('}', Deep));
        yield return new("unclosed selection sets 100,000 deep", Repeat("{a", Deep));
        yield return new("inline fragments nested 100,000 deep", "{" + Repeat("... on Dog {", Deep) + "name" + new string('}', Deep + 1));
        yield return new("list values nested 100,000 deep", "{ dogs(commands: " + new string('[', Deep) + new string(']', Deep) + ") { name } }");
        yield return new("object values nested 100,000 deep", "{ findDog(searchBy: " + Repeat("{name: ", Deep) + "\"x\"" + new string('}', Deep) + ") { name } }");
        yield return new("list types nested 100,000 deep", "query ($v: " + new string('[', Deep) + "Int" + new string(']', Deep) + ") { dog { name } }");
        yield return new("non-null list types nested 100,000 deep", "query ($v: " + new string('[', Deep) + "Int" + Repeat("!]", Deep) + ") { dog { name } }");
        yield return new("a name of 200,000 characters", "{ " + new string('a', Long) + " }");
        yield return new("a string of 200,000 characters", "{ dog { isHouseTrained(atOtherHomes: \"" + new string('x', Long) + "\") } }");
        yield return new("a block string of 100,000 lines", "{ dog { name(surname: \"\"\"" + Repeat("   indented\n", Deep) + "\"\"\") } }");
        yield return new("an integer of 200,000 digits", "{ dogs(first: " + new string('9', Long) + ") { name } }");
        yield return new("a float with an exponent of 200,000 digits", "{ dogs(first: 1e" + new string('9', Long) + ") { name } }");
        yield return new("200,000 commas", "{" + new string(',', Long) + "dog { name } }");
        yield return new("a comment of 200,000 characters", "#" + new string('c', Long) + "\n{ dog { name } }");
        yield return new("10,000 copies of one field", "{ dog { " + Repeat("name ", Many) + "} }");
        yield return new("10,000 copies of one field with conflicting arguments", "{ dog { " + Repeat("n: name(surname: true) n: name(surname: false) ", Many / 2) + "} }");
        yield return new("10,000 distinct aliases", "{ dog { " + Numbered("a{0}: name ", Many) + "} }");
        yield return new("10,000 unknown fields", "{ dog { " + Numbered("unknown{0} ", Many) + "} }");
        yield return new("10,000 arguments on one field", "{ dog { name(" + Numbered("a{0}: {0} ", Many) + ") } }");
        yield return new("10,000 copies of one argument", "{ dog { name(" + Repeat("a: 1 ", Many) + ") } }");
        yield return new("10,000 directives on one field", "{ dog { name " + Repeat("@skip(if: true) ", Many) + "} }");
        yield return new("10,000 variable definitions", "query Q(" + Numbered("$v{0}: Int ", Many) + ") { dog { name } }");
        yield return new("10,000 uses of an undefined variable", "{ " + Numbered("d{0}: dogs(first: $missing) {{ name }} ", Many) + "}");
        yield return new("10,000 anonymous operations", Repeat("{ dog { name } }\n", Many));
        yield return new("10,000 operations with one name", Repeat("query Q { dog { name } }\n", Many));
        yield return new("a chain of 10,000 fragments", "{ dog { ...F0 } }\n" + FragmentChain(Many, last: "name"));
        yield return new("a cycle of 10,000 fragments", "{ dog { ...F0 } }\n" + FragmentChain(Many, last: "...F0"));
        yield return new("10,000 fragments spreading themselves", Numbered("fragment F{0} on Dog {{ ...F{0} }}\n", Many) + "{ dog { ...F0 } }");
        yield return new("fragments doubling 40 times", "{ dog { ...F0 } }\n" + FragmentFanOut(40, spreads: 2));
        yield return new("fragments fanning out 10 ways 8 deep", "{ dog { ...F0 } }\n" + FragmentFanOut(8, spreads: 10));
        yield return new("fragments doubling 40 times with conflicting fields", "{ dog { ...F0 name: nickname } }\n" + FragmentFanOut(40, spreads: 2));
        yield return new("inline fragments doubling 12 deep", "{ dog " + InlineFanOut(12) + " }");
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string Numbered(string format, int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.AppendFormat(CultureInfo.InvariantCulture, format, i);
        }

        return text.ToString();
    }

    private static string FragmentChain(int length, string last)
    {
        var text = new StringBuilder();
        for (var i = 0; i < length - 1; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Dog {{ name ...F{i + 1} }}\n");
        }

        return text.Append(CultureInfo.InvariantCulture, $"fragment F{length - 1} on Dog {{ {last} }}\n").ToString();
    }

    private static string FragmentFanOut(int depth, int spreads)
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Dog {{ name ");
            for (var s = 0; s < spreads; s++)
            {
                text.Append(CultureInfo.InvariantCulture, $"...F{i + 1} ");
            }

            text.Append("}\n");
        }

        return text.Append(CultureInfo.InvariantCulture, $"fragment F{depth} on Dog {{ name barkVolume }}\n").ToString();
    }

    private static string InlineFanOut(int depth) =>
        depth == 0 ? "{ name }" : "{ ... on Dog " + InlineFanOut(depth - 1) + " ... on Pet " + InlineFanOut(depth - 1) + " }";
}
