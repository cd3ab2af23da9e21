using Dbs.GraphQL.Language;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Types;

/// <summary>
/// The introspection types and meta fields (spec §4.2, §4.1), with graphql-js 16.15's descriptions, argument
/// defaults and resolvers. Their parents are the type system objects themselves: <see cref="Schema"/>,
/// <see cref="GraphQLType"/>, <see cref="FieldDefinition"/>, <see cref="InputValueDefinition"/>,
/// <see cref="EnumValueDefinition"/>, <see cref="DirectiveDefinition"/>.
/// </summary>
public static class Introspection
{
    static Introspection()
    {
        TypeKindType = new EnumType("__TypeKind",
        [
            new("SCALAR", TypeKind.Scalar, "Indicates this type is a scalar."),
            new("OBJECT", TypeKind.Object, "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            new("INTERFACE", TypeKind.Interface, "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            new("UNION", TypeKind.Union, "Indicates this type is a union. `possibleTypes` is a valid field."),
            new("ENUM", TypeKind.Enum, "Indicates this type is an enum. `enumValues` is a valid field."),
            new("INPUT_OBJECT", TypeKind.InputObject, "Indicates this type is an input object. `inputFields` is a valid field."),
            new("LIST", TypeKind.List, "Indicates this type is a list. `ofType` is a valid field."),
            new("NON_NULL", TypeKind.NonNull, "Indicates this type is a non-null. `ofType` is a valid field."),
        ], "An enum describing what kind of type a given `__Type` is.");

        DirectiveLocationType = new EnumType("__DirectiveLocation",
        [
            Location(DirectiveLocation.QUERY, "Location adjacent to a query operation."),
            Location(DirectiveLocation.MUTATION, "Location adjacent to a mutation operation."),
            Location(DirectiveLocation.SUBSCRIPTION, "Location adjacent to a subscription operation."),
            Location(DirectiveLocation.FIELD, "Location adjacent to a field."),
            Location(DirectiveLocation.FRAGMENT_DEFINITION, "Location adjacent to a fragment definition."),
            Location(DirectiveLocation.FRAGMENT_SPREAD, "Location adjacent to a fragment spread."),
            Location(DirectiveLocation.INLINE_FRAGMENT, "Location adjacent to an inline fragment."),
            Location(DirectiveLocation.VARIABLE_DEFINITION, "Location adjacent to a variable definition."),
            Location(DirectiveLocation.SCHEMA, "Location adjacent to a schema definition."),
            Location(DirectiveLocation.SCALAR, "Location adjacent to a scalar definition."),
            Location(DirectiveLocation.OBJECT, "Location adjacent to an object type definition."),
            Location(DirectiveLocation.FIELD_DEFINITION, "Location adjacent to a field definition."),
            Location(DirectiveLocation.ARGUMENT_DEFINITION, "Location adjacent to an argument definition."),
            Location(DirectiveLocation.INTERFACE, "Location adjacent to an interface definition."),
            Location(DirectiveLocation.UNION, "Location adjacent to a union definition."),
            Location(DirectiveLocation.ENUM, "Location adjacent to an enum definition."),
            Location(DirectiveLocation.ENUM_VALUE, "Location adjacent to an enum value definition."),
            Location(DirectiveLocation.INPUT_OBJECT, "Location adjacent to an input object type definition."),
            Location(DirectiveLocation.INPUT_FIELD_DEFINITION, "Location adjacent to an input object field definition."),
            Location(DirectiveLocation.DIRECTIVE_DEFINITION, "Location adjacent to a directive definition."),
        ], "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");

        var nonNullString = new NonNullType(Scalars.String);
        var nonNullBoolean = new NonNullType(Scalars.Boolean);

        SchemaType = new ObjectType("__Schema", () =>
        [
            Read<Schema>("description", Scalars.String, s => s.Description),
            Read<Schema>("types", NonNullListOf(TypeType!), s => s.Types, "A list of all types supported by this server."),
            Read<Schema>("queryType", new NonNullType(TypeType!), s => s.QueryType, "The type that query operations will be rooted at."),
            Read<Schema>("mutationType", TypeType!, s => s.MutationType, "If this server supports mutation, the type that mutation operations will be rooted at."),
            Read<Schema>("subscriptionType", TypeType!, s => s.SubscriptionType, "If this server support subscription, the type that subscription operations will be rooted at."),
            WithIncludeDeprecated<Schema>("directives", NonNullListOf(DirectiveType!), nonNullBoolean,
                (s, all) => all ? s.Directives : s.Directives.Where(d => !d.IsDeprecated).ToList(),
                "A list of all directives supported by this server."),
        ], description: "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");

        DirectiveType = new ObjectType("__Directive", () =>
        [
            Read<DirectiveDefinition>("name", nonNullString, d => d.Name),
            Read<DirectiveDefinition>("description", Scalars.String, d => d.Description),
            Read<DirectiveDefinition>("isRepeatable", nonNullBoolean, d => d.IsRepeatable),
            Read<DirectiveDefinition>("locations", NonNullListOf(DirectiveLocationType), d => d.Locations),
            WithIncludeDeprecated<DirectiveDefinition>("args", NonNullListOf(InputValueType!), Scalars.Boolean,
                (d, all) => all ? d.Arguments : d.Arguments.Where(a => !a.IsDeprecated).ToList()),
            Read<DirectiveDefinition>("isDeprecated", nonNullBoolean, d => d.IsDeprecated),
            Read<DirectiveDefinition>("deprecationReason", Scalars.String, d => d.DeprecationReason),
        ], description: "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");

        TypeType = new ObjectType("__Type", () =>
        [
            Read<GraphQLType>("kind", new NonNullType(TypeKindType), t => KindOf(t)),
            Read<GraphQLType>("name", Scalars.String, t => (t as GraphQLNamedType)?.Name),
            Read<GraphQLType>("description", Scalars.String, t => (t as GraphQLNamedType)?.Description),
            Read<GraphQLType>("specifiedByURL", Scalars.String, t => (t as ScalarType)?.SpecifiedByUrl),
            WithIncludeDeprecated<GraphQLType>("fields", new ListType(new NonNullType(FieldType!)), Scalars.Boolean,
                (t, all) => t is ComplexOutputType complex
                    ? all ? complex.Fields : complex.Fields.Where(f => !f.IsDeprecated).ToList()
                    : null),
            Read<GraphQLType>("interfaces", new ListType(new NonNullType(TypeType!)), t => (t as ComplexOutputType)?.Interfaces),
            new FieldDefinition("possibleTypes", new ListType(new NonNullType(TypeType!)), resolver: context =>
                new ValueTask<object?>(context.Parent is GraphQLNamedType { IsAbstractType: true } abstractType
                    ? context.Schema.GetPossibleTypes(abstractType)
                    : null)),
            WithIncludeDeprecated<GraphQLType>("enumValues", new ListType(new NonNullType(EnumValueType!)), Scalars.Boolean,
                (t, all) => t is EnumType e ? all ? e.Values : e.Values.Where(v => !v.IsDeprecated).ToList() : null),
            WithIncludeDeprecated<GraphQLType>("inputFields", new ListType(new NonNullType(InputValueType!)), Scalars.Boolean,
                (t, all) => t is InputObjectType i ? all ? i.Fields : i.Fields.Where(f => !f.IsDeprecated).ToList() : null),
            Read<GraphQLType>("ofType", TypeType!, t => t switch
            {
                ListType list => list.OfType,
                NonNullType nonNull => nonNull.OfType,
                _ => null,
            }),
            Read<GraphQLType>("isOneOf", Scalars.Boolean, t => (t as InputObjectType)?.IsOneOf),
        ], description: "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");

        FieldType = new ObjectType("__Field", () =>
        [
            Read<FieldDefinition>("name", nonNullString, f => f.Name),
            Read<FieldDefinition>("description", Scalars.String, f => f.Description),
            WithIncludeDeprecated<FieldDefinition>("args", NonNullListOf(InputValueType!), Scalars.Boolean,
                (f, all) => all ? f.Arguments : f.Arguments.Where(a => !a.IsDeprecated).ToList()),
            Read<FieldDefinition>("type", new NonNullType(TypeType!), f => f.Type),
            Read<FieldDefinition>("isDeprecated", nonNullBoolean, f => f.IsDeprecated),
            Read<FieldDefinition>("deprecationReason", Scalars.String, f => f.DeprecationReason),
        ], description: "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");

        InputValueType = new ObjectType("__InputValue", () =>
        [
            Read<InputValueDefinition>("name", nonNullString, v => v.Name),
            Read<InputValueDefinition>("description", Scalars.String, v => v.Description),
            Read<InputValueDefinition>("type", new NonNullType(TypeType!), v => v.Type),
            Read<InputValueDefinition>("defaultValue", Scalars.String, PrintDefaultValue,
                "A GraphQL-formatted string representing the default value for this input value."),
            Read<InputValueDefinition>("isDeprecated", nonNullBoolean, v => v.IsDeprecated),
            Read<InputValueDefinition>("deprecationReason", Scalars.String, v => v.DeprecationReason),
        ], description: "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");

        EnumValueType = new ObjectType("__EnumValue", () =>
        [
            Read<EnumValueDefinition>("name", nonNullString, v => v.Name),
            Read<EnumValueDefinition>("description", Scalars.String, v => v.Description),
            Read<EnumValueDefinition>("isDeprecated", nonNullBoolean, v => v.IsDeprecated),
            Read<EnumValueDefinition>("deprecationReason", Scalars.String, v => v.DeprecationReason),
        ], description: "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");

        SchemaMetaField = new FieldDefinition("__schema", new NonNullType(SchemaType),
            description: "Access the current type schema of this server.",
            resolver: context => new ValueTask<object?>(context.Schema));
        TypeMetaField = new FieldDefinition("__type", TypeType,
            [new ArgumentDefinition("name", nonNullString)],
            "Request the type information of a single type.",
            resolver: context => new ValueTask<object?>(context.Schema.GetType(context.ArgumentValue<string>("name"))));
        TypeNameMetaField = new FieldDefinition("__typename", nonNullString,
            description: "The name of the current Object type at runtime.",
            resolver: context => new ValueTask<object?>(context.ObjectType.Name));

        IntrospectionTypes = [SchemaType, DirectiveType, DirectiveLocationType, TypeType, FieldType, InputValueType, EnumValueType, TypeKindType];
    }

    public static ObjectType SchemaType { get; }

    public static ObjectType DirectiveType { get; }

    public static EnumType DirectiveLocationType { get; }

    public static ObjectType TypeType { get; }

    public static ObjectType FieldType { get; }

    public static ObjectType InputValueType { get; }

    public static ObjectType EnumValueType { get; }

    public static EnumType TypeKindType { get; }

    /// <summary><c>__schema: __Schema!</c>, available on the query root type only.</summary>
    public static FieldDefinition SchemaMetaField { get; }

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type only.</summary>
    public static FieldDefinition TypeMetaField { get; }

    /// <summary><c>__typename: String!</c>, available on every object, interface and union.</summary>
    public static FieldDefinition TypeNameMetaField { get; }

    /// <summary>In graphql-js's order.</summary>
    public static IReadOnlyList<GraphQLNamedType> IntrospectionTypes { get; }

    public static bool IsIntrospectionType(GraphQLNamedType type) => type.Name is "__Schema" or "__Directive"
        or "__DirectiveLocation" or "__Type" or "__Field" or "__InputValue" or "__EnumValue" or "__TypeKind";

    private static TypeKind KindOf(GraphQLType type) => type switch
    {
        GraphQLNamedType named => named.Kind,
        ListType => TypeKind.List,
        _ => TypeKind.NonNull,
    };

    private static string? PrintDefaultValue(InputValueDefinition value)
    {
        if (!value.HasDefaultValue)
        {
            return null;
        }

        var literal = InputValues.AstFromValue(value.DefaultValue, value.Type);
        return literal is null ? null : Printer.Print(literal);
    }

    private static EnumValueDefinition Location(DirectiveLocation location, string description) =>
        new(location.ToString(), location, description);

    private static NonNullType NonNullListOf(GraphQLType itemType) => new(new ListType(new NonNullType(itemType)));

    private static FieldDefinition Read<TParent>(string name, GraphQLType type, Func<TParent, object?> read,
        string? description = null)
    {
        object? Reader(object? parent) => parent is TParent typed ? read(typed) : null;
        return new FieldDefinition(name, type, description: description,
            resolver: context => new ValueTask<object?>(Reader(context.Parent)))
        {
            ParentReader = Reader,
        };
    }

    private static FieldDefinition WithIncludeDeprecated<TParent>(string name, GraphQLType type,
        GraphQLType includeDeprecatedType, Func<TParent, bool, object?> read, string? description = null) =>
        new(name, type,
            [new ArgumentDefinition("includeDeprecated", includeDeprecatedType, hasDefaultValue: true, defaultValue: false)],
            description,
            resolver: context => new ValueTask<object?>(context.Parent is TParent typed
                ? read(typed, context.ArgumentValue<bool?>("includeDeprecated") == true)
                : null));
}
