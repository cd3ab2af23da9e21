namespace Dbs.GraphQL.Tests.Fuzzing;

/// <summary>
/// Splits a document into rough GraphQL tokens for the mutator: names, numbers, strings, block strings, comments,
/// whitespace runs, <c>...</c> and single characters. Joining the pieces gives the document back; no input fails.
/// Deliberately independent of the engine's lexer, so that it also splits what that lexer rejects.
/// </summary>
internal static class RoughTokens
{
    public static List<string> Split(string document)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < document.Length)
        {
            var start = i;
            var c = document[i];
            if (char.IsWhiteSpace(c) || c == ',')
            {
                while (i < document.Length && (char.IsWhiteSpace(document[i]) || document[i] == ','))
                {
                    i++;
                }
            }
            else if (c == '#')
            {
                while (i < document.Length && document[i] is not ('\n' or '\r'))
                {
                    i++;
                }
            }
            else if (IsNameStart(c))
            {
                while (i < document.Length && (IsNameStart(document[i]) || char.IsAsciiDigit(document[i])))
                {
                    i++;
                }
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < document.Length && char.IsAsciiDigit(document[i + 1])))
            {
                i++;
                while (i < document.Length && (char.IsAsciiDigit(document[i]) || document[i] is '.' or 'e' or 'E' or '+' or '-'))
                {
                    i++;
                }
            }
            else if (string.CompareOrdinal(document, i, "\"\"\"", 0, 3) == 0)
            {
                var end = document.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
                i = end < 0 ? document.Length : end + 3;
            }
            else if (c == '"')
            {
                i++;
                while (i < document.Length && document[i] is not ('"' or '\n' or '\r'))
                {
                    i += document[i] == '\\' ? 2 : 1;
                }

                i = Math.Min(document.Length, i + 1);
            }
            else if (string.CompareOrdinal(document, i, "...", 0, 3) == 0)
            {
                i += 3;
            }
            else
            {
                i++;
            }

            tokens.Add(document[start..i]);
        }

        return tokens;
    }

    public static bool IsName(string token) => token.Length > 0 && IsNameStart(token[0]);

    public static bool IsNumber(string token) => token.Length > 0 && (char.IsAsciiDigit(token[0]) || (token[0] == '-' && token.Length > 1));

    public static bool IsSpace(string token) => token.Length > 0 && (char.IsWhiteSpace(token[0]) || token[0] == ',');

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';
}
