using System.Collections.Concurrent;
using System.Collections.Frozen;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Types;

/// <summary>
/// A GraphQL schema (spec §3.3): root operation types, every named type reachable from them, from the extra types
/// given and from the directives, plus the introspection types; the directives. Lookups are frozen dictionaries.
/// Creating a schema binds every object type field that has no resolver to the default one (reading the parent's
/// same-named member). A schema is immutable and safe to share between threads once created.
/// </summary>
public sealed class Schema
{
    private readonly FrozenDictionary<string, GraphQLNamedType> _typeMap;
    private readonly FrozenDictionary<string, DirectiveDefinition> _directiveMap;
    private readonly FrozenDictionary<string, InterfaceImplementations> _implementations;
    private readonly FrozenDictionary<string, FrozenSet<string>> _subTypes;
    private readonly FrozenDictionary<Type, ObjectType> _objectTypesByRuntimeType;
    private readonly ConcurrentDictionary<Type, ObjectType?> _derivedRuntimeTypes = new();
    private IReadOnlyList<GraphQLError>? _validationErrors;

    public Schema(SchemaConfig config)
    {
        Description = config.Description;
        AstNode = config.AstNode;
        ExtensionAstNodes = config.ExtensionAstNodes;
        QueryType = config.Query;
        MutationType = config.Mutation;
        SubscriptionType = config.Subscription;
        DeferredErrors = config.DeferredErrors;
        Directives = config.Directives ?? global::Dbs.GraphQL.Types.Directives.SpecifiedDirectives;

        Types = CollectTypes(config, Directives);
        var typeMap = new Dictionary<string, GraphQLNamedType>(StringComparer.Ordinal);
        foreach (var type in Types)
        {
            if (!typeMap.TryAdd(type.Name, type))
            {
                throw new SchemaException(
                    $"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            }
        }

        _typeMap = typeMap.ToFrozenDictionary(StringComparer.Ordinal);
        _directiveMap = Directives
            .GroupBy(d => d.Name, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _implementations = CollectImplementations(Types);
        _subTypes = CollectSubTypes(Types, _implementations);
        _objectTypesByRuntimeType = Types
            .OfType<ObjectType>()
            .Where(t => t.RuntimeType is not null)
            .GroupBy(t => t.RuntimeType!)
            .ToFrozenDictionary(g => g.Key, g => g.First());

        foreach (var objectType in Types.OfType<ObjectType>())
        {
            foreach (var field in objectType.Fields)
            {
                if (field.Resolver is null)
                {
                    DefaultFieldBinding.Bind(field, objectType.RuntimeType);
                }
            }
        }
    }

    public string? Description { get; }

    public SchemaDefinitionNode? AstNode { get; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; }

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, in graphql-js's order (given types first, then what the roots reach, then introspection).</summary>
    public IReadOnlyList<GraphQLNamedType> Types { get; }

    public IReadOnlyDictionary<string, GraphQLNamedType> TypeMap => _typeMap;

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public GraphQLNamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directiveMap.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types a value of an interface or union can have (spec §3.7, §3.8).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(GraphQLNamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType iface => GetImplementations(iface).Objects,
        _ => [],
    };

    /// <summary>The object and interface types that implement an interface.</summary>
    public InterfaceImplementations GetImplementations(InterfaceType interfaceType) =>
        _implementations.GetValueOrDefault(interfaceType.Name) ?? InterfaceImplementations.None;

    /// <summary>True when <paramref name="maybeSubType"/> is a member of the union or implements the interface.</summary>
    public bool IsSubType(GraphQLNamedType abstractType, GraphQLNamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType.Name, out var subTypes) && subTypes.Contains(maybeSubType.Name);

    /// <summary>The object type bound to a CLR type (or to its nearest bound base class).</summary>
    public ObjectType? GetObjectTypeForRuntimeType(Type runtimeType)
    {
        if (_objectTypesByRuntimeType.Count == 0)
        {
            return null;
        }

        if (_objectTypesByRuntimeType.TryGetValue(runtimeType, out var direct))
        {
            return direct;
        }

        return _derivedRuntimeTypes.GetOrAdd(runtimeType, static (type, map) =>
        {
            for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
            {
                if (map.TryGetValue(baseType, out var found))
                {
                    return found;
                }
            }

            return null;
        }, _objectTypesByRuntimeType);
    }

    /// <summary>
    /// The name of the object type of a value returned for an interface or union field (spec §6.4.3
    /// ResolveAbstractType): the abstract type's registered resolver, else the object type bound to the value's CLR
    /// type, else a string <c>__typename</c> entry of a dictionary value. Null when none applies; the executor
    /// reports that, and checks that the named type exists and is a possible type.
    /// </summary>
    public string? ResolveAbstractTypeName(GraphQLNamedType abstractType, object value, IResolverContext context)
    {
        var registered = abstractType switch
        {
            InterfaceType iface => iface.ResolveType,
            UnionType union => union.ResolveType,
            _ => null,
        };
        if (registered is not null)
        {
            return registered(value, context);
        }

        if (GetObjectTypeForRuntimeType(value.GetType()) is { } bound)
        {
            return bound.Name;
        }

        return value switch
        {
            IReadOnlyDictionary<string, object?> map when map.TryGetValue("__typename", out var name) => name as string,
            IDictionary<string, object?> map when map.TryGetValue("__typename", out var name) => name as string,
            _ => null,
        };
    }

    internal IReadOnlyList<DeferredTypeError> DeferredErrors { get; }

    /// <summary>The result of <see cref="SchemaValidator.Validate"/>, computed once.</summary>
    internal IReadOnlyList<GraphQLError>? ValidationErrors
    {
        get => Volatile.Read(ref _validationErrors);
        set => Volatile.Write(ref _validationErrors, value);
    }

    // The order of graphql-js's GraphQLSchema constructor: each given type followed by the types only it reaches,
    // then the roots, the directives' argument types and the introspection types. Iterative depth-first walk.
    private static List<GraphQLNamedType> CollectTypes(SchemaConfig config, IReadOnlyList<DirectiveDefinition> directives)
    {
        var seen = new HashSet<GraphQLNamedType>(ReferenceEqualityComparer.Instance);
        foreach (var type in config.Types)
        {
            seen.Add(type);
        }

        var result = new List<GraphQLNamedType>();
        var stack = new Stack<GraphQLNamedType>();

        void Walk(GraphQLNamedType start, bool alreadySeen)
        {
            if (!alreadySeen && !seen.Add(start))
            {
                return;
            }

            result.Add(start);
            PushChildren(start, stack);
            while (stack.Count > 0)
            {
                var type = stack.Pop();
                if (seen.Add(type))
                {
                    result.Add(type);
                    PushChildren(type, stack);
                }
            }
        }

        var given = new HashSet<GraphQLNamedType>(ReferenceEqualityComparer.Instance);
        foreach (var type in config.Types)
        {
            if (given.Add(type))
            {
                Walk(type, alreadySeen: true);
            }
        }

        foreach (var root in new[] { config.Query, config.Mutation, config.Subscription })
        {
            if (root is not null)
            {
                Walk(root, alreadySeen: false);
            }
        }

        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Walk(argument.Type.NamedType, alreadySeen: false);
            }
        }

        Walk(Introspection.SchemaType, alreadySeen: false);
        return result;
    }

    // Children pushed in reverse so that they are visited in definition order, as a recursive walk would.
    private static void PushChildren(GraphQLNamedType type, Stack<GraphQLNamedType> stack)
    {
        var children = new List<GraphQLNamedType>();
        switch (type)
        {
            case UnionType union:
                children.AddRange(union.Types);
                break;
            case ComplexOutputType complex:
                children.AddRange(complex.Interfaces);
                foreach (var field in complex.Fields)
                {
                    children.Add(field.Type.NamedType);
                    foreach (var argument in field.Arguments)
                    {
                        children.Add(argument.Type.NamedType);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    children.Add(field.Type.NamedType);
                }

                break;
        }

        for (var i = children.Count - 1; i >= 0; i--)
        {
            stack.Push(children[i]);
        }
    }

    private static FrozenDictionary<string, InterfaceImplementations> CollectImplementations(IReadOnlyList<GraphQLNamedType> types)
    {
        var objects = new Dictionary<string, List<ObjectType>>(StringComparer.Ordinal);
        var interfaces = new Dictionary<string, List<InterfaceType>>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (type is not ComplexOutputType complex)
            {
                continue;
            }

            foreach (var iface in complex.Interfaces)
            {
                if (complex is ObjectType objectType)
                {
                    Add(objects, iface.Name, objectType);
                }
                else
                {
                    Add(interfaces, iface.Name, (InterfaceType)complex);
                }
            }
        }

        return objects.Keys.Union(interfaces.Keys).ToFrozenDictionary(
            name => name,
            name => new InterfaceImplementations(
                objects.TryGetValue(name, out var o) ? o : [],
                interfaces.TryGetValue(name, out var i) ? i : []),
            StringComparer.Ordinal);

        static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            list.Add(value);
        }
    }

    private static FrozenDictionary<string, FrozenSet<string>> CollectSubTypes(IReadOnlyList<GraphQLNamedType> types,
        FrozenDictionary<string, InterfaceImplementations> implementations)
    {
        var result = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (type is UnionType union)
            {
                result[union.Name] = union.Types.Select(t => t.Name).ToFrozenSet(StringComparer.Ordinal);
            }
            else if (type is InterfaceType iface && implementations.TryGetValue(iface.Name, out var found))
            {
                result[iface.Name] = found.Objects.Select(t => t.Name)
                    .Concat(found.Interfaces.Select(t => t.Name))
                    .ToFrozenSet(StringComparer.Ordinal);
            }
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
