using System.Globalization;
using System.Text;

namespace Dbs.GraphQL.Tests.Fuzzing;

/// <summary>
/// Writes random executable documents that are syntactically valid: operations with variables and directives,
/// fields with aliases and arguments of every value kind, fragment spreads (to fragments that may be missing, unused
/// or cyclic) and inline fragments, using names from a vocabulary (the validation schema's), so that most of them
/// reach the validator and exercise its rules.
/// </summary>
internal sealed class RandomDocumentGenerator(Random random, IReadOnlyList<string> names)
{
    private const int MaxDepth = 4;
    private const int Fragments = 4;

    private static readonly string[] TypeNames = ["Int", "Float", "String", "Boolean", "ID", "DogCommand", "ComplexInput", "Dog", "Unknown"];

    private readonly StringBuilder _text = new();

    public string Next()
    {
        _text.Clear();
        var operations = 1 + random.Next(3);
        for (var i = 0; i < operations; i++)
        {
            Operation(anonymousAllowed: operations == 1 || random.Next(4) == 0);
        }

        var fragments = random.Next(Fragments + 1);
        for (var i = 0; i < fragments; i++)
        {
            _text.Append(CultureInfo.InvariantCulture, $"fragment F{random.Next(Fragments)} on {Name()}");
            Directives();
            SelectionSet(1);
            _text.Append('\n');
        }

        return _text.ToString();
    }

    private void Operation(bool anonymousAllowed)
    {
        if (anonymousAllowed && random.Next(3) == 0)
        {
            SelectionSet(0);
            _text.Append('\n');
            return;
        }

        string[] kinds = ["query", "query", "query", "mutation", "subscription"];
        _text.Append(kinds[random.Next(kinds.Length)]);
        if (!anonymousAllowed || random.Next(3) > 0)
        {
            _text.Append(' ').Append(Name()).Append(random.Next(3) == 0 ? "Op" : "");
        }

        var variables = random.Next(4);
        if (variables > 0)
        {
            _text.Append('(');
            for (var i = 0; i < variables; i++)
            {
                _text.Append(CultureInfo.InvariantCulture, $"$v{random.Next(4)}: ");
                Type();
                if (random.Next(3) == 0)
                {
                    _text.Append(" = ");
                    Value(constant: true, 0);
                }

                _text.Append(' ');
            }

            _text.Append(')');
        }

        Directives();
        SelectionSet(0);
        _text.Append('\n');
    }

    private void SelectionSet(int depth)
    {
        _text.Append(" {");
        var selections = 1 + random.Next(depth < 2 ? 4 : 2);
        for (var i = 0; i < selections; i++)
        {
            _text.Append(' ');
            switch (random.Next(8))
            {
                case 0:
                    _text.Append(CultureInfo.InvariantCulture, $"...F{random.Next(Fragments)}");
                    Directives();
                    break;
                case 1 when depth < MaxDepth:
                    _text.Append("...");
                    if (random.Next(3) > 0)
                    {
                        _text.Append(" on ").Append(Name());
                    }

                    Directives();
                    SelectionSet(depth + 1);
                    break;
                default:
                    Field(depth);
                    break;
            }
        }

        _text.Append(" }");
    }

    private void Field(int depth)
    {
        if (random.Next(5) == 0)
        {
            _text.Append(Name()).Append(": ");
        }

        _text.Append(random.Next(12) == 0 ? "__typename" : Name());
        Arguments(constant: false);
        Directives();
        if (depth < MaxDepth && random.Next(2) == 0)
        {
            SelectionSet(depth + 1);
        }
    }

    private void Arguments(bool constant)
    {
        var count = random.Next(4) == 0 ? 1 + random.Next(3) : 0;
        if (count == 0)
        {
            return;
        }

        _text.Append('(');
        for (var i = 0; i < count; i++)
        {
            _text.Append(Name()).Append(": ");
            Value(constant, 0);
            _text.Append(' ');
        }

        _text.Append(')');
    }

    private void Directives()
    {
        string[] directives = ["@skip(if: ", "@include(if: ", "@deprecated", "@onField", "@unknown", "@oneOf", "@skip"];
        while (random.Next(6) == 0)
        {
            var directive = directives[random.Next(directives.Length)];
            _text.Append(' ').Append(directive);
            if (directive.EndsWith(' '))
            {
                Value(constant: false, 0);
                _text.Append(')');
            }
        }
    }

    private void Value(bool constant, int depth)
    {
        switch (random.Next(depth < 3 ? 11 : 9))
        {
            case 0 when !constant:
                _text.Append(CultureInfo.InvariantCulture, $"$v{random.Next(4)}");
                break;
            case 1:
                _text.Append(random.Next(-3, 2_147_483_647).ToString(CultureInfo.InvariantCulture));
                break;
            case 2:
                _text.Append((random.NextDouble() * 1e6).ToString("R", CultureInfo.InvariantCulture));
                break;
            case 3:
                _text.Append("\"s").Append(random.Next(10)).Append('"');
                break;
            case 4:
                _text.Append(random.Next(2) == 0 ? "true" : "false");
                break;
            case 5:
                _text.Append("null");
                break;
            case 6:
            case 7:
            case 8:
                _text.Append(Name().ToUpperInvariant());
                break;
            case 9:
                _text.Append('[');
                for (var i = random.Next(3); i > 0; i--)
                {
                    Value(constant, depth + 1);
                    _text.Append(' ');
                }

                _text.Append(']');
                break;
            default:
                _text.Append('{');
                for (var i = random.Next(3); i > 0; i--)
                {
                    _text.Append(Name()).Append(": ");
                    Value(constant, depth + 1);
                    _text.Append(' ');
                }

                _text.Append('}');
                break;
        }
    }

    private void Type()
    {
        var wrap = random.Next(4);
        _text.Append(wrap == 1 ? "[" : "").Append(TypeNames[random.Next(TypeNames.Length)]);
        if (wrap == 1)
        {
            _text.Append(random.Next(2) == 0 ? "!]" : "]");
        }

        if (wrap >= 2)
        {
            _text.Append('!');
        }
    }

    private string Name() => names[random.Next(names.Count)];
}
