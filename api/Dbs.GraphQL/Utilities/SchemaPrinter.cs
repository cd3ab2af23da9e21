using System.Text;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL exactly as graphql-js's <c>printSchema</c> and <c>printIntrospectionSchema</c> do:
/// definitions separated by blank lines, the schema definition only when a root has an unusual name or the schema a
/// description, descriptions as block strings when printable so, default values through <see cref="InputValues.AstFromValue"/>.
/// Applied directives other than <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c> are not printed, as in graphql-js.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>The schema's own directives and types (no specified directives, scalars or introspection types).</summary>
    public static string PrintSchema(Schema schema) =>
        PrintFiltered(schema, d => !Directives.IsSpecifiedDirective(d),
            t => !Scalars.IsSpecifiedScalarType(t) && !Introspection.IsIntrospectionType(t));

    /// <summary>The specified directives and the introspection types.</summary>
    public static string PrintIntrospectionSchema(Schema schema) =>
        PrintFiltered(schema, Directives.IsSpecifiedDirective, Introspection.IsIntrospectionType);

    public static string PrintType(GraphQLNamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar),
        ObjectType objectType => Description(objectType.Description) + "type " + objectType.Name
            + ImplementedInterfaces(objectType) + Fields(objectType),
        InterfaceType iface => Description(iface.Description) + "interface " + iface.Name
            + ImplementedInterfaces(iface) + Fields(iface),
        UnionType union => Description(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Block(enumType.Values.Select(
            (v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty)
            + Block(input.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentException($"Unexpected type: {type}.", nameof(type)),
    };

    public static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments)
        + Deprecated(directive.DeprecationReason) + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations);

    private static string PrintFiltered(Schema schema, Func<DirectiveDefinition, bool> directiveFilter,
        Func<GraphQLNamedType, bool> typeFilter)
    {
        var parts = new List<string>();
        if (SchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(directiveFilter).Select(PrintDirective));
        parts.AddRange(schema.Types.Where(typeFilter).Select(PrintType));
        return string.Join("\n\n", parts);
    }

    private static string? SchemaDefinition(Schema schema)
    {
        if (schema.Description is null && HasCommonRootNames(schema))
        {
            return null;
        }

        var operations = new StringBuilder();
        if (schema.QueryType is { } query)
        {
            operations.Append("  query: ").Append(query.Name).Append('\n');
        }

        if (schema.MutationType is { } mutation)
        {
            operations.Append("  mutation: ").Append(mutation.Name).Append('\n');
        }

        if (schema.SubscriptionType is { } subscription)
        {
            operations.Append("  subscription: ").Append(subscription.Name).Append('\n');
        }

        return Description(schema.Description) + "schema {\n" + operations + "}";
    }

    private static bool HasCommonRootNames(Schema schema) =>
        schema.QueryType is null or { Name: "Query" }
        && schema.MutationType is null or { Name: "Mutation" }
        && schema.SubscriptionType is null or { Name: "Subscription" };

    private static string ImplementedInterfaces(ComplexOutputType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string Fields(ComplexOutputType type) =>
        Block(type.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + f.Name
            + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : string.Empty;
    }

    private static string Arguments(IReadOnlyList<ArgumentDefinition> arguments, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        // Without descriptions the arguments fit on one line.
        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((a, i) =>
                Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (value.HasDefaultValue && InputValues.AstFromValue(value.DefaultValue, value.Type) is { } literal)
        {
            declaration += " = " + Printer.Print(literal);
        }

        return declaration + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        Directives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + Printer.PrintString(reason) + ")",
    };

    private static string SpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is { } url ? " @specifiedBy(url: " + Printer.PrintString(url) + ")" : string.Empty;

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var literal = BlockString.IsPrintable(description) ? BlockString.Print(description) : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
