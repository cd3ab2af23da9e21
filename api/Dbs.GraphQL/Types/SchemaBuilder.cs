using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Types;

/// <summary>
/// Builds an executable schema from SDL and binds its fields (schema-first, after HotChocolate's <c>SchemaBuilder</c>):
/// <code>
/// var schema = SchemaBuilder.New()
///     .AddDocumentFromString(sdl)
///     .AddResolver("Query", "agreements", context => …)
///     .AddResolver&lt;AgreementResolvers&gt;("Agreement")
///     .BindRuntimeType&lt;Agreement&gt;("Agreement")
///     .Create();
/// </code>
/// Every object field ends up bound: to a registered resolver, to a member of a resolver class, or to the default
/// resolver that reads the parent's same-named member (camelCase field ↔ PascalCase member) or dictionary entry.
/// <see cref="Create"/> throws one <see cref="SchemaException"/> listing every problem: invalid SDL, an invalid
/// type system, a field whose bound runtime type has no such member (or any field without an explicit binding under
/// <see cref="SchemaBuilderOptions.StrictBinding"/>), and every registration that matches nothing.
/// The scalars <c>DateTime</c>, <c>Date</c> and <c>Long</c> are implemented by <see cref="DateTimeType"/>,
/// <see cref="DateType"/> and <see cref="LongType"/> when the SDL declares them (with the SDL's description and
/// <c>@specifiedBy</c> URL, else their own).
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly List<(string Type, string Field, FieldResolverDelegate Resolver)> _fieldResolvers = [];
    private readonly List<(string Type, string Field, SubscribeResolverDelegate Subscriber)> _subscribers = [];
    private readonly List<(string Type, Type ResolverType)> _resolverTypes = [];
    private readonly List<(string Type, Type RuntimeType)> _runtimeTypes = [];
    private readonly List<(string Type, TypeResolverDelegate Resolver)> _typeResolvers = [];
    private readonly List<ScalarType> _scalars = [];
    private readonly SchemaBuilderOptions _options = new();

    private SchemaBuilder()
    {
    }

    public static SchemaBuilder New() => new();

    public SchemaBuilder AddDocumentFromString(string sdl) => AddDocument(Parser.Parse(sdl));

    public SchemaBuilder AddDocument(DocumentNode document)
    {
        _documents.Add(document);
        return this;
    }

    public SchemaBuilder AddResolver(string typeName, string fieldName, FieldResolverDelegate resolver)
    {
        _fieldResolvers.Add((typeName, fieldName, resolver));
        return this;
    }

    /// <summary>The source event stream of a subscription field; events become the field's parent value.</summary>
    public SchemaBuilder AddSubscriber(string typeName, string fieldName, SubscribeResolverDelegate subscriber)
    {
        _subscribers.Add((typeName, fieldName, subscriber));
        return this;
    }

    /// <summary>A synchronous resolver.</summary>
    public SchemaBuilder AddResolver(string typeName, string fieldName, Func<IResolverContext, object?> resolver) =>
        AddResolver(typeName, fieldName, context => new ValueTask<object?>(resolver(context)));

    /// <summary>Binds the public methods and properties of <typeparamref name="TResolver"/> to the type's fields by name.</summary>
    public SchemaBuilder AddResolver<TResolver>(string typeName) => AddResolver(typeof(TResolver), typeName);

    public SchemaBuilder AddResolver(Type resolverType, string typeName)
    {
        _resolverTypes.Add((typeName, resolverType));
        return this;
    }

    /// <summary>
    /// Declares the CLR type of an object type's values (its fields default to reading that type's members, and
    /// interfaces and unions resolve values of that CLR type to this type), or the CLR enum of an enum type.
    /// </summary>
    public SchemaBuilder BindRuntimeType<T>(string typeName) => BindRuntimeType(typeof(T), typeName);

    public SchemaBuilder BindRuntimeType(Type runtimeType, string typeName)
    {
        _runtimeTypes.Add((typeName, runtimeType));
        return this;
    }

    /// <summary>Resolves the object type of values of an interface or union.</summary>
    public SchemaBuilder AddTypeResolver(string abstractTypeName, TypeResolverDelegate resolver)
    {
        _typeResolvers.Add((abstractTypeName, resolver));
        return this;
    }

    /// <summary>Implements the SDL's <c>scalar</c> of the same name.</summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        _scalars.Add(scalar);
        return this;
    }

    public SchemaBuilder ModifyOptions(Action<SchemaBuilderOptions> configure)
    {
        configure(_options);
        return this;
    }

    public Schema Create()
    {
        var document = new DocumentNode { Definitions = [.. _documents.SelectMany(d => d.Definitions)] };
        var scalars = new List<ScalarType> { Scalars.DateTime, Scalars.Date, Scalars.Long };
        scalars.AddRange(_scalars);
        var config = AstSchemaBuilder.BuildConfig(document, scalars);
        var types = config.Types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var errors = new List<GraphQLError>();
        var explicitlyBound = new HashSet<FieldDefinition>(ReferenceEqualityComparer.Instance);

        BindRuntimeTypes(types, errors);
        BindResolverClasses(types, errors, explicitlyBound);
        BindFieldResolvers(types, errors, explicitlyBound);
        BindTypeResolvers(types, errors);
        BindRemainingFields(config.Types, errors, explicitlyBound);

        var schema = new Schema(config);
        if (_options.ValidateSchema)
        {
            errors.InsertRange(0, SchemaValidator.Validate(schema));
        }

        return errors.Count > 0 ? throw new SchemaException(errors) : schema;
    }

    private void BindRuntimeTypes(Dictionary<string, GraphQLNamedType> types, List<GraphQLError> errors)
    {
        foreach (var (typeName, runtimeType) in _runtimeTypes)
        {
            switch (types.GetValueOrDefault(typeName))
            {
                case ObjectType objectType when !Introspection.IsIntrospectionType(objectType):
                    objectType.RuntimeType = runtimeType;
                    break;
                case EnumType enumType when runtimeType.IsEnum && !Introspection.IsIntrospectionType(enumType):
                    enumType.RuntimeType = runtimeType;
                    foreach (var value in enumType.Values)
                    {
                        var member = Enum.GetNames(runtimeType).FirstOrDefault(n => enumType.FindByClrName(n) == value);
                        if (member is null)
                        {
                            errors.Add(new GraphQLError(
                                $"Enum value \"{enumType.Name}.{value.Name}\" has no member in {runtimeType.FullName}.", Nodes(value.AstNode)));
                        }
                        else
                        {
                            value.Value = Enum.Parse(runtimeType, member);
                        }
                    }

                    break;
                case null:
                    errors.Add(new GraphQLError($"Runtime type {runtimeType.FullName} is bound to \"{typeName}\", which is not a type of the schema."
                        + SuggestionList.DidYouMean(SuggestionList.Suggest(typeName, types.Keys))));
                    break;
                case var other:
                    errors.Add(new GraphQLError(
                        $"Runtime type {runtimeType.FullName} cannot be bound to \"{typeName}\": only the schema's own object types and enum types (to CLR enums) take runtime types.",
                        Nodes(other.AstNode)));
                    break;
            }
        }
    }

    private void BindResolverClasses(Dictionary<string, GraphQLNamedType> types, List<GraphQLError> errors,
        HashSet<FieldDefinition> bound)
    {
        foreach (var (typeName, resolverType) in _resolverTypes)
        {
            if (BindableObjectType(types, typeName) is not { } objectType)
            {
                errors.Add(UnknownObjectType($"Resolver class {resolverType.FullName}", typeName, types));
                continue;
            }

            var sharedInstance = ResolverCompiler.SharedInstance(resolverType);
            foreach (var member in ResolverCompiler.ResolverMembers(resolverType))
            {
                var field = objectType.Fields.FirstOrDefault(f => ResolverCompiler.Matches(member.Name, f.Name));
                if (field is null)
                {
                    errors.Add(new GraphQLError(
                        $"Resolver {resolverType.FullName}.{member.Name} matches no field of \"{typeName}\"."
                        + SuggestionList.DidYouMean(SuggestionList.Suggest(member.Name, objectType.Fields.Names)),
                        Nodes(objectType.AstNode)));
                    continue;
                }

                field.Resolver = ResolverCompiler.Compile(resolverType, sharedInstance, member, field, objectType.RuntimeType);
                bound.Add(field);
            }
        }
    }

    private void BindFieldResolvers(Dictionary<string, GraphQLNamedType> types, List<GraphQLError> errors,
        HashSet<FieldDefinition> bound)
    {
        foreach (var (typeName, fieldName, resolver) in _fieldResolvers)
        {
            if (FindField(types, errors, "Resolver", typeName, fieldName) is { } field)
            {
                field.Resolver = resolver;
                bound.Add(field);
            }
        }

        foreach (var (typeName, fieldName, subscriber) in _subscribers)
        {
            if (FindField(types, errors, "Subscriber", typeName, fieldName) is { } field)
            {
                field.Subscriber = subscriber;
            }
        }
    }

    private static FieldDefinition? FindField(Dictionary<string, GraphQLNamedType> types, List<GraphQLError> errors,
        string what, string typeName, string fieldName)
    {
        if (BindableObjectType(types, typeName) is not { } objectType)
        {
            errors.Add(UnknownObjectType($"{what} \"{typeName}.{fieldName}\"", typeName, types));
            return null;
        }

        if (objectType.Fields[fieldName] is not { } field)
        {
            errors.Add(new GraphQLError($"{what} \"{typeName}.{fieldName}\" matches no field."
                + SuggestionList.DidYouMean(SuggestionList.Suggest(fieldName, objectType.Fields.Names)), Nodes(objectType.AstNode)));
            return null;
        }

        return field;
    }

    /// <summary>An object type of this schema that bindings may change: not one of the shared introspection types.</summary>
    private static ObjectType? BindableObjectType(Dictionary<string, GraphQLNamedType> types, string typeName) =>
        types.GetValueOrDefault(typeName) is ObjectType objectType && !Introspection.IsIntrospectionType(objectType)
            ? objectType
            : null;

    private void BindTypeResolvers(Dictionary<string, GraphQLNamedType> types, List<GraphQLError> errors)
    {
        foreach (var (typeName, resolver) in _typeResolvers)
        {
            switch (types.GetValueOrDefault(typeName))
            {
                case InterfaceType iface:
                    iface.ResolveType = resolver;
                    break;
                case UnionType union:
                    union.ResolveType = resolver;
                    break;
                default:
                    errors.Add(new GraphQLError($"Type resolver for \"{typeName}\" matches no interface or union."
                        + SuggestionList.DidYouMean(SuggestionList.Suggest(typeName,
                            types.Values.Where(t => t.IsAbstractType).Select(t => t.Name)))));
                    break;
            }
        }
    }

    private void BindRemainingFields(IReadOnlyList<GraphQLNamedType> types, List<GraphQLError> errors,
        HashSet<FieldDefinition> bound)
    {
        foreach (var objectType in types.OfType<ObjectType>())
        {
            if (Introspection.IsIntrospectionType(objectType))
            {
                continue;
            }

            foreach (var field in objectType.Fields)
            {
                if (bound.Contains(field))
                {
                    continue;
                }

                var runtimeType = objectType.RuntimeType;
                if (runtimeType is not null && MemberAccessors.Find(runtimeType, field.Name) is null)
                {
                    errors.Add(new GraphQLError(
                        $"Field \"{objectType.Name}.{field.Name}\" has no resolver and its runtime type {runtimeType.FullName} has no member \"{field.Name}\".",
                        Nodes(field.AstNode)));
                }
                else if (runtimeType is null && _options.StrictBinding)
                {
                    errors.Add(new GraphQLError(
                        $"Field \"{objectType.Name}.{field.Name}\" has no resolver and type \"{objectType.Name}\" has no runtime type.",
                        Nodes(field.AstNode)));
                }
                else
                {
                    DefaultFieldBinding.Bind(field, runtimeType);
                }
            }
        }
    }

    private static GraphQLError UnknownObjectType(string what, string typeName, Dictionary<string, GraphQLNamedType> types) =>
        new($"{what} is registered for \"{typeName}\", which is not an object type of the schema."
            + SuggestionList.DidYouMean(SuggestionList.Suggest(typeName, types.Values.OfType<ObjectType>()
                .Where(t => !Introspection.IsIntrospectionType(t)).Select(t => t.Name))));

    private static List<Node> Nodes(Node? node) => node is null ? [] : [node];
}
