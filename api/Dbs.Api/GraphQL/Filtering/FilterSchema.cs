using System.Runtime.CompilerServices;
using System.Text;
using Dbs.GraphQL.Types;

namespace Dbs.Api.GraphQL.Filtering;

/// <summary>
/// Adds a <see cref="ListDescriptor"/>'s input types to the schema in HotChocolate's shape: <c>&lt;Name&gt;FilterInput</c>
/// (with <c>and</c>/<c>or</c>), <c>&lt;Name&gt;SortInput</c>, and those of the descriptors it reaches, plus the shared
/// <c>StringOperationFilterInput</c>, <c>IntOperationFilterInput</c>, <c>DateOperationFilterInput</c>, …,
/// <c>ListFilterInputTypeOf…</c> and <c>SortEnumType</c>; each type once per schema, however many lists use it.
/// </summary>
public static class FilterSchema
{
    private static readonly ConditionalWeakTable<SchemaBuilder, HashSet<string>> Added = [];

    private static readonly string[] ComparableOperations = ["gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    public static SchemaBuilder AddListing(this SchemaBuilder builder, ListDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var added = Added.GetOrCreateValue(builder);
        var sdl = new StringBuilder();
        Types(descriptor, added, sdl);
        return sdl.Length == 0 ? builder : builder.AddDocumentFromString(sdl.ToString());
    }

    private static void Types(ListDescriptor descriptor, HashSet<string> added, StringBuilder sdl)
    {
        if (!added.Add(descriptor.FilterTypeName))
        {
            return;
        }

        var filter = new InputWriter(sdl, descriptor.FilterTypeName,
            $"Filters {descriptor.Name} items: every operation given must hold; `and` and `or` combine further filters.");
        filter.Field("and", $"[{descriptor.FilterTypeName}!]", "All of these filters must match.");
        filter.Field("or", $"[{descriptor.FilterTypeName}!]", "At least one of these filters must match.");
        foreach (var field in descriptor.Fields)
        {
            filter.Field(field.Name, field.FilterTypeName, field.Description);
        }

        filter.End();
        var sort = new InputWriter(sdl, descriptor.SortTypeName,
            $"Sorts {descriptor.Name} items by one field per entry of `order`; later entries break ties of earlier ones, and the id breaks any that remain.");
        foreach (var field in descriptor.Fields.Where(f => f.IsSortable))
        {
            sort.Field(field.Name, field.SortTypeName, field.Description);
        }

        sort.End();
        SortEnum(added, sdl);
        foreach (var field in descriptor.Fields)
        {
            Operations(field, added, sdl);
        }
    }

    private static void Operations(ListField field, HashSet<string> added, StringBuilder sdl)
    {
        switch (field.Kind)
        {
            case ListFieldKind.Relation:
                Types(field.Target!(), added, sdl);
                return;
            case ListFieldKind.List:
                var target = field.Target!();
                if (added.Add(field.FilterTypeName))
                {
                    var list = new InputWriter(sdl, field.FilterTypeName, $"Conditions on a list of {target.Name} items.");
                    list.Field("all", target.FilterTypeName, "Every item matches the filter (true for an empty list).");
                    list.Field("none", target.FilterTypeName, "No item matches the filter.");
                    list.Field("some", target.FilterTypeName, "At least one item matches the filter.");
                    list.Field("any", "Boolean", "true: the list has items; false: it is empty.");
                    list.End();
                }

                Types(target, added, sdl);
                return;
        }

        if (!added.Add(field.FilterTypeName))
        {
            return;
        }

        var scalar = field.ScalarName;
        var element = field.Kind is ListFieldKind.Enum ? scalar + "!" : scalar;
        var input = new InputWriter(sdl, field.FilterTypeName, field.Kind switch
        {
            ListFieldKind.String => "Conditions on a text. Every comparison ignores case, for all letters (Æ/æ, Ø/ø and Å/å alike); " +
                "% and _ are ordinary characters.",
            ListFieldKind.Enum => $"Conditions on a {scalar} value.",
            _ => $"Conditions on a {scalar} value; a missing value matches only `eq: null`, `neq` with a value and the negated comparisons.",
        });
        if (field.Kind is ListFieldKind.String)
        {
            input.Field("and", $"[{field.FilterTypeName}!]", "All of these conditions must hold.");
            input.Field("or", $"[{field.FilterTypeName}!]", "At least one of these conditions must hold.");
        }

        input.Field("eq", scalar, "Equal to the value (null: the value is missing).");
        input.Field("neq", scalar, "Not equal to the value (null: the value is present).");
        if (field.Kind is ListFieldKind.String)
        {
            input.Field("contains", scalar, "Contains the text.");
            input.Field("ncontains", scalar, "Does not contain the text.");
        }

        if (field.Kind is not ListFieldKind.Boolean)
        {
            input.Field("in", $"[{element}]", $"Equal to one of the values (at most {FilterLimits.MaxValues}).");
            input.Field("nin", $"[{element}]", $"Equal to none of the values (at most {FilterLimits.MaxValues}).");
        }

        if (field.Kind is ListFieldKind.String)
        {
            input.Field("startsWith", scalar, "Starts with the text.");
            input.Field("nstartsWith", scalar, "Does not start with the text.");
            input.Field("endsWith", scalar, "Ends with the text.");
            input.Field("nendsWith", scalar, "Does not end with the text.");
        }

        if (field.Kind is ListFieldKind.Comparable)
        {
            foreach (var operation in ComparableOperations)
            {
                input.Field(operation, scalar, ComparisonDescription(operation));
            }
        }

        input.End();
    }

    private static string ComparisonDescription(string operation)
    {
        var negated = operation.StartsWith('n');
        var what = operation.TrimStart('n') switch
        {
            "gt" => "greater than",
            "gte" => "greater than or equal to",
            "lt" => "less than",
            _ => "less than or equal to",
        };
        return negated ? $"Not {what} the value." : $"{char.ToUpperInvariant(what[0])}{what[1..]} the value.";
    }

    private static void SortEnum(HashSet<string> added, StringBuilder sdl)
    {
        if (added.Add("SortEnumType"))
        {
            sdl.Append("\"\"\"The direction of a sort.\"\"\"\nenum SortEnumType {\n")
                .Append("  \"\"\"Ascending: smallest (or first in the lifecycle, or false) first; missing values first.\"\"\"\n  ASC\n")
                .Append("  \"\"\"Descending: largest first; missing values last.\"\"\"\n  DESC\n}\n\n");
        }
    }

    private sealed class InputWriter
    {
        private readonly StringBuilder _sdl;

        public InputWriter(StringBuilder sdl, string name, string description)
        {
            _sdl = sdl;
            _sdl.Append(Describe(description, string.Empty)).Append("input ").Append(name).Append(" {\n");
        }

        public void Field(string name, string type, string description) =>
            _sdl.Append(Describe(description, "  ")).Append("  ").Append(name).Append(": ").Append(type).Append('\n');

        public void End() => _sdl.Append("}\n\n");

        private static string Describe(string description, string indent) =>
            indent + "\"\"\"" + description.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal) + "\"\"\"\n";
    }
}
