using System.Text;

namespace Dbs.GraphQL.Tests.Language;

/// <summary>
/// Random GraphQL-like documents from a seed: mostly well-formed executable and type system definitions with
/// descriptions, escapes, block strings, comments and odd white space, optionally mutated by inserting, deleting or
/// replacing characters so that every error path gets its turn.
/// </summary>
internal sealed class RandomDocuments(int seed)
{
    private static readonly string[] Names =
    [
        "a", "b", "field", "on", "query", "type", "true", "false", "null", "extend", "fragment", "Int", "_x1",
        "repeatable", "implements", "FIELD", "QUERY", "schema", "input", "enum", "directive", "union", "interface",
        "scalar", "mutation", "subscription",
    ];

    private static readonly string[] Ignored = [" ", " ", " ", "\n", ",", "\t", " # comment\n", "\r\n", "\uFEFF", "  "];

    private static readonly string[] StringParts =
    [
        "a", "b", " ", "\u00E9", "\U0001F600", "\\n", "\\u00E9", "\\u{1F600}", "\\\"", "\\\\", "\\uD83D\\uDE00",
        "\\q", "\\u{}", "\\uD800", "\u0085",
    ];

    private static readonly string[] Mutations =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "=", "|", "&", ".", "\"", "\\", "'", "#", "\n", " ", "-",
        "0", "1", "9", "e", "E", "a", "Z", "_", "\u00E9", "\U0001F600", "?", "\u0000", "\uFEFF", "\"\"\"", "...",
        "\\u", "\\u{", "\uD800",
    ];

    private readonly Random _random = new(seed);

    public string Next()
    {
        var document = new StringBuilder();
        var count = _random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                document.Append(Pick(Ignored));
            }

            Definition(document);
        }

        return _random.NextDouble() < 0.6 ? Mutate(document.ToString()) : document.ToString();
    }

    private string Pick(string[] choices) => choices[_random.Next(choices.Length)];

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private string Name() => Pick(Names);

    private void Definition(StringBuilder d)
    {
        switch (_random.Next(14))
        {
            case 0:
                SelectionSet(d, 0);
                break;
            case 1 or 2:
                Description(d);
                d.Append(Pick(["query", "mutation", "subscription"])).Append(' ');
                if (Chance(0.7))
                {
                    d.Append(Name());
                }

                VariableDefinitions(d);
                Directives(d, isConst: false);
                d.Append(' ');
                SelectionSet(d, 0);
                break;
            case 3:
                Description(d);
                d.Append("fragment ").Append(Name()).Append(" on ").Append(Name());
                Directives(d, isConst: false);
                d.Append(' ');
                SelectionSet(d, 0);
                break;
            case 4:
                Description(d);
                d.Append("schema");
                Directives(d, isConst: true);
                d.Append(" { query: ").Append(Name()).Append(" mutation: ").Append(Name()).Append(" }");
                break;
            case 5:
                Description(d);
                d.Append("scalar ").Append(Name());
                Directives(d, isConst: true);
                break;
            case 6 or 7:
                Description(d);
                d.Append(Pick(["type ", "interface ", "extend type ", "extend interface "])).Append(Name());
                if (Chance(0.4))
                {
                    d.Append(" implements ").Append(Name()).Append(" & ").Append(Name());
                }

                Directives(d, isConst: true);
                if (Chance(0.8))
                {
                    FieldDefinitions(d);
                }

                break;
            case 8:
                Description(d);
                d.Append(Pick(["union ", "extend union "])).Append(Name());
                Directives(d, isConst: true);
                d.Append(" = ").Append(Name()).Append(" | ").Append(Name());
                break;
            case 9:
                Description(d);
                d.Append(Pick(["enum ", "extend enum "])).Append(Name());
                Directives(d, isConst: true);
                d.Append(" { ");
                Description(d);
                d.Append(Name()).Append(' ').Append(Name()).Append(" }");
                break;
            case 10:
                Description(d);
                d.Append(Pick(["input ", "extend input "])).Append(Name());
                Directives(d, isConst: true);
                d.Append(" { ");
                InputValue(d);
                d.Append(' ');
                InputValue(d);
                d.Append(" }");
                break;
            case 11:
                Description(d);
                d.Append("directive @").Append(Name());
                if (Chance(0.5))
                {
                    d.Append('(');
                    InputValue(d);
                    d.Append(')');
                }

                d.Append(Chance(0.3) ? " repeatable" : string.Empty).Append(" on ")
                    .Append(Pick(["FIELD", "QUERY", "OBJECT", "NOT_A_LOCATION"])).Append(" | ").Append(Pick(["ENUM_VALUE", "SCHEMA"]));
                break;
            case 12:
                d.Append("extend schema");
                Directives(d, isConst: true);
                if (Chance(0.5))
                {
                    d.Append(" { subscription: S }");
                }

                break;
            default:
                d.Append(Pick(["extend scalar ", "extend union ", "extend enum ", "extend input "])).Append(Name());
                Directives(d, isConst: true);
                break;
        }
    }

    private void SelectionSet(StringBuilder d, int depth)
    {
        d.Append('{').Append(Pick(Ignored));
        var count = _random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            d.Append(Pick(Ignored));
            var kind = _random.NextDouble();
            if (kind < 0.7 || depth > 4)
            {
                if (Chance(0.2))
                {
                    d.Append(Name()).Append(": ");
                }

                d.Append(Name());
                Arguments(d, isConst: false);
                Directives(d, isConst: false);
                if (depth <= 4 && Chance(0.4))
                {
                    d.Append(' ');
                    SelectionSet(d, depth + 1);
                }
            }
            else if (kind < 0.85)
            {
                d.Append("...").Append(Name());
                Directives(d, isConst: false);
            }
            else
            {
                d.Append("...").Append(Chance(0.6) ? " on " + Name() : string.Empty);
                Directives(d, isConst: false);
                d.Append(' ');
                SelectionSet(d, depth + 1);
            }
        }

        d.Append(Pick(Ignored)).Append('}');
    }

    private void Arguments(StringBuilder d, bool isConst)
    {
        if (Chance(0.5))
        {
            return;
        }

        d.Append('(');
        var count = _random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            d.Append(i > 0 ? Pick(Ignored) : string.Empty).Append(Name()).Append(": ");
            Value(d, 0, isConst);
        }

        d.Append(')');
    }

    private void Directives(StringBuilder d, bool isConst)
    {
        while (Chance(0.25))
        {
            d.Append(" @").Append(Name());
            Arguments(d, isConst);
        }
    }

    private void VariableDefinitions(StringBuilder d)
    {
        if (Chance(0.5))
        {
            return;
        }

        d.Append('(');
        var count = _random.Next(1, 3);
        for (var i = 0; i < count; i++)
        {
            d.Append(i > 0 ? ", " : string.Empty);
            Description(d);
            d.Append('$').Append(Name()).Append(": ").Append(Type(0));
            if (Chance(0.3))
            {
                d.Append(" = ");
                Value(d, 0, isConst: true);
            }

            Directives(d, isConst: true);
        }

        d.Append(')');
    }

    private void FieldDefinitions(StringBuilder d)
    {
        d.Append(" {");
        var count = _random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            d.Append(Pick(Ignored));
            Description(d);
            d.Append(Name());
            if (Chance(0.4))
            {
                d.Append('(');
                InputValue(d);
                if (Chance(0.5))
                {
                    d.Append(", ");
                    InputValue(d);
                }

                d.Append(')');
            }

            d.Append(": ").Append(Type(0));
            Directives(d, isConst: true);
        }

        d.Append(" }");
    }

    private void InputValue(StringBuilder d)
    {
        Description(d);
        d.Append(Name()).Append(": ").Append(Type(0));
        if (Chance(0.3))
        {
            d.Append(" = ");
            Value(d, 0, isConst: true);
        }

        Directives(d, isConst: true);
    }

    private string Type(int depth)
    {
        var type = depth > 2 || Chance(0.6) ? Name() : "[" + Type(depth + 1) + "]";
        return Chance(0.3) ? type + "!" : type;
    }

    private void Description(StringBuilder d)
    {
        if (Chance(0.25))
        {
            StringLiteral(d);
            d.Append(Pick(Ignored));
        }
    }

    private void Value(StringBuilder d, int depth, bool isConst)
    {
        var kind = _random.NextDouble();
        if (depth > 3 || kind < 0.5)
        {
            switch (_random.Next(7))
            {
                case 0:
                    d.Append(Pick(["1", "-2", "0", "3.5", "1e10", "-0.5E-3"]));
                    break;
                case 1 or 2:
                    StringLiteral(d);
                    break;
                case 3:
                    d.Append(Pick(["true", "false", "null"]));
                    break;
                case 4:
                    d.Append(isConst && !Chance(0.05) ? "ENUM" : "$" + Name());
                    break;
                default:
                    d.Append(Name());
                    break;
            }
        }
        else if (kind < 0.75)
        {
            d.Append('[');
            var count = _random.Next(0, 4);
            for (var i = 0; i < count; i++)
            {
                d.Append(i > 0 ? Pick(Ignored) : string.Empty);
                Value(d, depth + 1, isConst);
            }

            d.Append(']');
        }
        else
        {
            d.Append('{');
            var count = _random.Next(0, 4);
            for (var i = 0; i < count; i++)
            {
                d.Append(i > 0 ? Pick(Ignored) : string.Empty).Append(Name()).Append(": ");
                Value(d, depth + 1, isConst);
            }

            d.Append('}');
        }
    }

    private void StringLiteral(StringBuilder d)
    {
        if (Chance(0.3))
        {
            d.Append("\"\"\"");
            var lines = _random.Next(1, 5);
            for (var i = 0; i < lines; i++)
            {
                d.Append(i > 0 ? "\n" : string.Empty).Append(' ', _random.Next(0, 4) * 2);
                var parts = _random.Next(0, 5);
                for (var j = 0; j < parts; j++)
                {
                    d.Append(Pick(["x", "y", " ", "\"", "\\\"\"\"", "\u00E9", "\U0001F600", "\\n"]));
                }
            }

            d.Append("\"\"\"");
            return;
        }

        d.Append('"');
        var count = _random.Next(0, 7);
        var limit = Chance(0.8) ? StringParts.Length - 4 : StringParts.Length;
        for (var i = 0; i < count; i++)
        {
            d.Append(StringParts[_random.Next(limit)]);
        }

        d.Append('"');
    }

    private string Mutate(string document)
    {
        var text = new StringBuilder(document);
        var count = _random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var position = _random.Next(text.Length + 1);
            var operation = _random.NextDouble();
            if (operation < 0.35 && text.Length > 0)
            {
                text.Remove(Math.Min(position, text.Length - 1), 1);
            }
            else if (operation < 0.7 || text.Length == 0)
            {
                text.Insert(position, Pick(Mutations));
            }
            else
            {
                var at = Math.Min(position, text.Length - 1);
                text.Remove(at, 1).Insert(at, Pick(Mutations));
            }
        }

        return text.ToString();
    }
}
