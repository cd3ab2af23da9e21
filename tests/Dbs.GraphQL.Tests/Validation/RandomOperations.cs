using System.Text;

namespace Dbs.GraphQL.Tests.Validation;

/// <summary>
/// Random executable documents from a seed, written with the names of <see cref="ValidationTestSchema"/> (and a
/// few it lacks) so that most rules find both valid and invalid material: repeated response names, arguments of
/// every value kind, variables, directives, inline fragments and named fragments that may spread each other in
/// cycles.
/// </summary>
internal sealed class RandomOperations(int seed)
{
    private static readonly string[] Fields =
    [
        "dog", "cat", "pet", "pets", "human", "alien", "catOrDog", "dogOrHuman", "findDog", "findPet", "arguments",
        "name", "nickname", "barkVolume", "meowVolume", "doesKnowCommand", "isHouseTrained", "owner", "friends",
        "relatives", "iq", "lives", "furColor", "newDog", "newMessage", "body", "renameDog", "__typename",
        "__schema", "__type", "types", "fields", "intArgField", "complexArgField", "finderArgField", "unknown",
    ];

    private static readonly string[] Aliases = ["a", "b", "name", "dog"];

    private static readonly string[] Arguments =
    [
        "id", "dogCommand", "catCommand", "atOtherHomes", "x", "complex", "finder", "intArg", "complexArg", "name",
        "if", "text", "value", "room", "unknownArg",
    ];

    private static readonly string[] InputFields = ["requiredField", "intField", "nested", "name", "id", "color", "bogus"];

    private static readonly string[] Types =
    [
        "Dog", "Cat", "Pet", "Canine", "Human", "Alien", "Sentient", "CatOrDog", "DogOrHuman", "Query",
        "Subscription", "Int", "String", "Boolean", "ComplexInput", "PetFinder", "FurColor", "Unknown", "__Type",
    ];

    private static readonly string[] Directives =
    [
        "include(if: true)", "skip(if: $v0)", "onField", "onQuery", "note(text: \"x\")", "weight", "unknown",
        "include(if: false)", "deprecated",
    ];

    private readonly Random _random = new(seed);

    public string Next()
    {
        var document = new StringBuilder();
        var operations = _random.Next(0, 3);
        for (var i = 0; i < operations; i++)
        {
            Operation(document);
        }

        var fragments = _random.Next(operations == 0 ? 1 : 0, 4);
        for (var i = 0; i < fragments; i++)
        {
            document.Append("fragment F").Append(_random.Next(4)).Append(" on ").Append(Pick(Types));
            SelectionSet(document, 3);
            document.Append('\n');
        }

        return document.ToString();
    }

    private string Pick(string[] choices) => choices[_random.Next(choices.Length)];

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private void Operation(StringBuilder d)
    {
        var keyword = Pick(["query", "query", "mutation", "subscription", ""]);
        if (keyword.Length == 0)
        {
            // The shorthand: a bare selection set.
            SelectionSet(d, 4);
            d.Append('\n');
            return;
        }

        d.Append(keyword);
        if (Chance(0.7))
        {
            d.Append(" Op").Append(_random.Next(3));
        }

        if (Chance(0.5))
        {
            d.Append('(');
            var count = _random.Next(1, 4);
            for (var i = 0; i < count; i++)
            {
                d.Append(" $v").Append(_random.Next(3)).Append(": ").Append(TypeReference());
                if (Chance(0.2))
                {
                    d.Append(" = ");
                    Value(d, 1, constant: true);
                }
            }

            d.Append(')');
        }

        Directive(d);
        SelectionSet(d, 4);
        d.Append('\n');
    }

    private string TypeReference()
    {
        var type = Pick(Types);
        if (Chance(0.3))
        {
            type = "[" + type + "]";
        }

        return Chance(0.4) ? type + "!" : type;
    }

    private void SelectionSet(StringBuilder d, int depth)
    {
        d.Append(" {");
        var count = _random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            d.Append(' ');
            var kind = _random.Next(10);
            if (kind < 7)
            {
                if (Chance(0.3))
                {
                    d.Append(Pick(Aliases)).Append(": ");
                }

                d.Append(Pick(Fields));
                if (Chance(0.4))
                {
                    d.Append('(').Append(Pick(Arguments)).Append(": ");
                    Value(d, 2, constant: false);
                    d.Append(')');
                }

                Directive(d);
                if (depth > 0 && Chance(0.5))
                {
                    SelectionSet(d, depth - 1);
                }
            }
            else if (kind < 9)
            {
                d.Append("...");
                if (Chance(0.7))
                {
                    d.Append(" on ").Append(Pick(Types));
                }

                Directive(d);
                SelectionSet(d, Math.Max(depth - 1, 0));
            }
            else
            {
                d.Append("...F").Append(_random.Next(5));
                Directive(d);
            }
        }

        d.Append(" }");
    }

    private void Directive(StringBuilder d)
    {
        if (Chance(0.15))
        {
            d.Append(" @").Append(Pick(Directives));
        }
    }

    private void Value(StringBuilder d, int depth, bool constant)
    {
        switch (_random.Next(depth > 0 ? 10 : 8))
        {
            case 0: d.Append(_random.Next(-3, 60)); break;
            case 1: d.Append("1.5"); break;
            case 2: d.Append("\"text\""); break;
            case 3: d.Append(Chance(0.5) ? "true" : "false"); break;
            case 4: d.Append("null"); break;
            case 5: d.Append(Pick(["SIT", "HEEL", "JUMP", "BROWN", "sit"])); break;
            case 6:
            case 7: d.Append(constant ? "42" : "$v" + _random.Next(4)); break;
            case 8:
                d.Append('[');
                Value(d, depth - 1, constant);
                d.Append(", ");
                Value(d, depth - 1, constant);
                d.Append(']');
                break;
            default:
                d.Append('{');
                var count = _random.Next(0, 3);
                for (var i = 0; i < count; i++)
                {
                    d.Append(' ').Append(Pick(InputFields)).Append(": ");
                    Value(d, depth - 1, constant);
                }

                d.Append(" }");
                break;
        }
    }
}
