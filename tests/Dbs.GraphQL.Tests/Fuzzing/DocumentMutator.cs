using System.Text;

namespace Dbs.GraphQL.Tests.Fuzzing;

/// <summary>
/// Mutates documents the way a hostile or broken client might: deletes, inserts, duplicates and swaps characters and
/// tokens, nests deeply, writes huge and malformed numbers, plants odd Unicode (lone surrogates, BOMs, separators,
/// control characters), truncates and splices documents together. Deterministic for a given <see cref="Random"/>.
/// </summary>
internal sealed class DocumentMutator(Random random, IReadOnlyList<string> corpus)
{
    private static readonly string[] Punctuators = ["{", "}", "(", ")", "[", "]", ":", "!", "$", "@", "=", "|", "&", "...", ".", "\"", "\"\"\"", "#", "\\", "\n", " "];

    private static readonly string[] Keywords =
    [
        "query", "mutation", "subscription", "fragment", "on", "true", "false", "null", "schema", "type", "interface",
        "union", "enum", "input", "scalar", "directive", "extend", "implements", "repeatable", "__typename", "__schema",
        "__type", "skip", "include", "deprecated", "specifiedBy", "oneOf", "if", "dog", "human", "pets", "name",
    ];

    private static readonly string[] OddText =
    [
        "\uFEFF", "\u200B", "\u2028", "\u2029", "\u0000", "\u0007", "\u001F", "\u007F", "\u0085", "\u00A0", "\uD800", "\uDFFF",
        "\uDBFF\uDFFF", "\uD83D\uDE00", "\u0301", "e\u0301", "\u202E", "\uFFFE", "\uFFFF", "\uFFFD", "\U0001D518", "ß", "İ", "\t", "\r", "\r\n",
        "\"\\uD800\"", "\"\\uDC00\\uD800\"", "\"\\uD83D\\uDE00\"", "\"\\u{110000}\"", "\"\\u{D800}\"", "\"\\u{0000000041}\"", "\"\\u{}\"",
        "\"\\x41\"", "\"\\u12\"", "\"\"\"\\\"\"\"\"\"\"", "\"\"\"\r\n  a\r\n\"\"\"", "\"unterminated", "\"\"\"unterminated",
    ];

    private static readonly string[] OddNumbers =
    [
        "2147483647", "2147483648", "-2147483649", "9007199254740993", "1e308", "1.7976931348623157e309", "-1e-400", "4.9e-324",
        "0.0000000000000000000000001", "-0", "-0.0", "00", "01", "1.", ".5", "1e", "1e+", "1.e1", "0x1F", "1_000", "123abc",
        "1.5.5", "--1", "+1", "NaN", "Infinity", "1E1000000000", "3.14159265358979323846264338327950288419716939937510",
    ];

    public string Mutate(string document)
    {
        var mutations = 1 + random.Next(3);
        for (var i = 0; i < mutations; i++)
        {
            document = MutateOnce(document);
        }

        // One document in ten gets one costly mutation, last, so that the costs do not multiply.
        return random.Next(10) == 0 ? MutateHeavily(document) : document;
    }

    private string MutateOnce(string document) => random.Next(13) switch
    {
        0 => DeleteCharacters(document),
        1 => InsertCharacter(document),
        2 => DuplicateCharacters(document),
        3 => SwapCharacters(document),
        4 => EditTokens(document, DeleteToken),
        5 => EditTokens(document, InsertToken),
        6 => EditTokens(document, DuplicateTokens),
        7 => EditTokens(document, SwapTokens),
        8 => EditTokens(document, ReplaceNumber),
        9 => InsertAt(document, OddText[random.Next(OddText.Length)]),
        10 => document[..random.Next(document.Length + 1)],
        11 => Splice(document),
        _ => EditTokens(document, ReplaceName),
    };

    // Deep nesting, thousands of repeated tokens, long literals.
    private string MutateHeavily(string document) => random.Next(3) switch
    {
        0 => InsertAt(document, DeepNesting()),
        1 => EditTokens(document, RepeatTokens),
        _ => InsertAt(document, LongLiteral()),
    };

    private string DeleteCharacters(string document)
    {
        if (document.Length == 0)
        {
            return document;
        }

        var start = random.Next(document.Length);
        return document.Remove(start, Math.Min(document.Length - start, 1 + random.Next(3)));
    }

    private string InsertCharacter(string document)
    {
        var pick = random.Next(4);
        var text = pick switch
        {
            0 => Punctuators[random.Next(Punctuators.Length)],
            1 => ((char)random.Next(0x20, 0x7F)).ToString(),
            2 => ((char)random.Next(0, 0x20)).ToString(),
            _ => char.ConvertFromUtf32(RandomScalarValue()),
        };
        return InsertAt(document, text);
    }

    private string DuplicateCharacters(string document)
    {
        if (document.Length == 0)
        {
            return document;
        }

        var start = random.Next(document.Length);
        var length = Math.Min(document.Length - start, 1 + random.Next(40));
        return document.Insert(start, document.Substring(start, length));
    }

    private string SwapCharacters(string document)
    {
        if (document.Length < 2)
        {
            return document;
        }

        var chars = document.ToCharArray();
        var a = random.Next(chars.Length);
        var b = random.Next(chars.Length);
        (chars[a], chars[b]) = (chars[b], chars[a]);
        return new string(chars);
    }

    private static string EditTokens(string document, Action<List<string>> edit)
    {
        var tokens = RoughTokens.Split(document);
        edit(tokens);
        return string.Concat(tokens);
    }

    private void DeleteToken(List<string> tokens)
    {
        if (tokens.Count > 0)
        {
            tokens.RemoveAt(random.Next(tokens.Count));
        }
    }

    private void InsertToken(List<string> tokens)
    {
        var token = random.Next(3) switch
        {
            0 => Punctuators[random.Next(Punctuators.Length)],
            1 => Keywords[random.Next(Keywords.Length)],
            _ => RandomCorpusToken(),
        };
        tokens.Insert(random.Next(tokens.Count + 1), random.Next(2) == 0 ? token : " " + token + " ");
    }

    private void DuplicateTokens(List<string> tokens)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        var start = random.Next(tokens.Count);
        var count = Math.Min(tokens.Count - start, 1 + random.Next(12));
        tokens.InsertRange(start, tokens.GetRange(start, count));
    }

    private void SwapTokens(List<string> tokens)
    {
        if (tokens.Count < 2)
        {
            return;
        }

        var a = random.Next(tokens.Count);
        var b = random.Next(tokens.Count);
        (tokens[a], tokens[b]) = (tokens[b], tokens[a]);
    }

    private void ReplaceNumber(List<string> tokens)
    {
        var numbers = Enumerable.Range(0, tokens.Count).Where(i => RoughTokens.IsNumber(tokens[i])).ToList();
        var huge = random.Next(3) == 0
            ? new string('9', 1 + random.Next(1000)) + (random.Next(2) == 0 ? "" : "." + new string('1', random.Next(100)))
            : OddNumbers[random.Next(OddNumbers.Length)];
        if (numbers.Count > 0)
        {
            tokens[numbers[random.Next(numbers.Count)]] = huge;
        }
        else
        {
            tokens.Insert(random.Next(tokens.Count + 1), huge);
        }
    }

    // Thousands of copies of one token or of a small group: wide selection sets, long argument and directive lists.
    private void RepeatTokens(List<string> tokens)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        var start = random.Next(tokens.Count);
        var group = string.Concat(tokens.GetRange(start, Math.Min(tokens.Count - start, 1 + random.Next(4))));
        tokens.Insert(start, string.Concat(Enumerable.Repeat(group + " ", 100 + random.Next(1000))));
    }

    private void ReplaceName(List<string> tokens)
    {
        var names = Enumerable.Range(0, tokens.Count).Where(i => RoughTokens.IsName(tokens[i])).ToList();
        if (names.Count > 0)
        {
            tokens[names[random.Next(names.Count)]] = random.Next(2) == 0 ? Keywords[random.Next(Keywords.Length)] : RandomCorpusToken();
        }
    }

    private string DeepNesting()
    {
        int[] depths = [50, 199, 200, 201, 1_000, 10_000];
        var depth = depths[random.Next(depths.Length)];
        return random.Next(6) switch
        {
            0 => Repeat("{a", depth) + new string('}', depth),
            1 => Repeat("[", depth) + new string(']', depth),
            2 => Repeat("{a:", depth) + "1" + new string('}', depth),
            3 => Repeat("[", depth) + "Int" + Repeat("!]", depth),
            4 => Repeat("... on T {", depth) + "a" + new string('}', depth),
            _ => Repeat("{", depth),
        };
    }

    private string LongLiteral() => random.Next(4) switch
    {
        0 => new string('n', 1 + random.Next(50_000)),
        1 => "\"" + Repeat("\\u0041\\n", random.Next(5_000)) + "\"",
        2 => "\"\"\"" + Repeat("  line\n", random.Next(5_000)) + "\"\"\"",
        _ => Repeat("# comment\n", random.Next(5_000)),
    };

    private string Splice(string document)
    {
        var other = corpus[random.Next(corpus.Count)];
        var cut = random.Next(document.Length + 1);
        return document[..cut] + other[random.Next(other.Length + 1)..];
    }

    private string InsertAt(string document, string text)
    {
        var tokens = RoughTokens.Split(document);
        var at = random.Next(tokens.Count + 1);
        tokens.Insert(at, text);
        return string.Concat(tokens);
    }

    private string RandomCorpusToken()
    {
        var tokens = RoughTokens.Split(corpus[random.Next(corpus.Count)]).Where(t => !RoughTokens.IsSpace(t)).ToList();
        return tokens.Count == 0 ? "a" : tokens[random.Next(tokens.Count)];
    }

    private int RandomScalarValue()
    {
        while (true)
        {
            var value = random.Next(4) == 0 ? random.Next(0x10000, 0x110000) : random.Next(0x80, 0x10000);
            if (value is < 0xD800 or > 0xDFFF)
            {
                return value;
            }
        }
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
