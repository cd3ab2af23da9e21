using System.Collections.Concurrent;
using System.Globalization;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Execution.CostAnalysis;

/// <summary>
/// The <c>@cost</c> and <c>@listSize</c> directives a schema applies, read from its SDL on first use and kept per
/// definition (the schema does not change).
/// </summary>
internal sealed class SchemaCosts
{
    private readonly ConcurrentDictionary<object, double?> _weights = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<FieldDefinition, ListSizeDirective?> _listSizes = new(ReferenceEqualityComparer.Instance);

    /// <summary>The <c>@cost</c> weight of a field or argument; null without one.</summary>
    public double? Weight(FieldDefinition field) => _weights.GetOrAdd(field, _ => ReadWeight(field.Directives));

    public double? Weight(ArgumentDefinition argument) => _weights.GetOrAdd(argument, _ => ReadWeight(argument.Directives));

    /// <summary>The <c>@cost</c> weight of a named type, from its definition or an extension; null without one.</summary>
    public double? Weight(GraphQLNamedType type) => _weights.GetOrAdd(type, _ =>
    {
        var directives = new List<DirectiveNode>();
        if (type.AstNode is { } node)
        {
            directives.AddRange(node.Directives);
        }

        foreach (var extension in type.ExtensionAstNodes)
        {
            if (extension is IHasDirectives withDirectives)
            {
                directives.AddRange(withDirectives.Directives);
            }
        }

        return ReadWeight(directives);
    });

    public ListSizeDirective? ListSize(FieldDefinition field) => _listSizes.GetOrAdd(field, static f =>
    {
        foreach (var directive in f.Directives)
        {
            if (directive.Name.Value != CostDirectives.ListSize)
            {
                continue;
            }

            int? assumedSize = null;
            IReadOnlyList<string> slicing = [];
            IReadOnlyList<string> sized = [];
            var requireOne = true;
            foreach (var argument in directive.Arguments)
            {
                switch (argument.Name.Value, argument.Value)
                {
                    case ("assumedSize", IntValueNode size):
                        assumedSize = int.Parse(size.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                        break;
                    case ("slicingArguments", var value):
                        slicing = Strings(value);
                        break;
                    case ("sizedFields", var value):
                        sized = Strings(value);
                        break;
                    case ("requireOneSlicingArgument", BooleanValueNode flag):
                        requireOne = flag.Value;
                        break;
                }
            }

            return new ListSizeDirective(assumedSize, slicing, sized, requireOne);
        }

        return null;
    });

    private static double? ReadWeight(IEnumerable<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != CostDirectives.Cost)
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                // The specification writes the weight as a string; a number literal is accepted too.
                var text = argument.Value switch
                {
                    StringValueNode s => s.Value,
                    IntValueNode i => i.Value,
                    FloatValueNode f => f.Value,
                    _ => null,
                };
                if (argument.Name.Value == "weight"
                    && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight)
                    && double.IsFinite(weight))
                {
                    return weight;
                }
            }
        }

        return null;
    }

    private static IReadOnlyList<string> Strings(ValueNode value) => value switch
    {
        ListValueNode list => [.. list.Values.OfType<StringValueNode>().Select(s => s.Value)],
        StringValueNode single => [single.Value],
        _ => [],
    };
}
