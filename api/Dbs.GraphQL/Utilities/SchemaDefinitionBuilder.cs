using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Utilities;

/// <summary>
/// Turns type system definitions and extensions into a <see cref="SchemaConfig"/>, on top of an existing schema's
/// (graphql-js's <c>extendSchemaImpl</c>). Besides building, it checks the SDL as graphql-js's <c>assertValidSDL</c>
/// does — known type names, unique names, extensions of defined types of the same kind, one schema definition,
/// applied directives (<see cref="SdlDirectiveChecks"/>) — with the same messages, and throws a
/// <see cref="SchemaException"/> listing them all.
/// </summary>
internal sealed class SchemaDefinitionBuilder
{
    private readonly Dictionary<string, GraphQLNamedType> _standardTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphQLNamedType> _existingTypes = new(StringComparer.Ordinal);
    private readonly OrderedDictionary<string, GraphQLNamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly List<GraphQLError> _errors = [];

    // Errors in reading values while building (an invalid directive argument, a default that cannot be read). As
    // in graphql-js, where SDL validation throws before building starts, they count only when the SDL is valid.
    private readonly List<GraphQLError> _buildErrors = [];
    private readonly List<DeferredTypeError> _deferred = [];

    private SchemaDefinitionBuilder(IEnumerable<ScalarType> scalarImplementations)
    {
        foreach (var type in Scalars.SpecifiedScalarTypes.Concat(Introspection.IntrospectionTypes))
        {
            _standardTypes[type.Name] = type;
        }

        foreach (var scalar in scalarImplementations)
        {
            _standardTypes[scalar.Name] = scalar;
        }
    }

    public static SchemaConfig Build(SchemaConfig existing, DocumentNode document, IEnumerable<ScalarType> scalarImplementations) =>
        new SchemaDefinitionBuilder(scalarImplementations).Extend(existing, document);

    private SchemaConfig Extend(SchemaConfig existing, DocumentNode document)
    {
        var typeDefinitions = new List<TypeDefinitionNode>();
        var directiveDefinitions = new List<DirectiveDefinitionNode>();
        var schemaDefinitions = new List<SchemaDefinitionNode>();
        var schemaExtensions = new List<SchemaExtensionNode>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schemaNode:
                    schemaDefinitions.Add(schemaNode);
                    break;
                case SchemaExtensionNode schemaExtension:
                    schemaExtensions.Add(schemaExtension);
                    break;
                case TypeDefinitionNode typeDefinition:
                    typeDefinitions.Add(typeDefinition);
                    break;
                case TypeExtensionNode typeExtension:
                    if (!_extensions.TryGetValue(typeExtension.Name.Value, out var list))
                    {
                        _extensions[typeExtension.Name.Value] = list = [];
                    }

                    list.Add(typeExtension);
                    break;
                case DirectiveDefinitionNode directiveDefinition:
                    directiveDefinitions.Add(directiveDefinition);
                    break;
            }
        }

        if (typeDefinitions.Count == 0 && _extensions.Count == 0 && directiveDefinitions.Count == 0
            && schemaDefinitions.Count == 0 && schemaExtensions.Count == 0)
        {
            return existing;
        }

        CheckSchemaDefinitions(existing, schemaDefinitions, schemaExtensions);

        foreach (var type in existing.Types)
        {
            _existingTypes[type.Name] = type;
        }

        var definedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in typeDefinitions)
        {
            var name = node.Name.Value;
            if (_existingTypes.ContainsKey(name))
            {
                Report($"Type \"{name}\" already exists in the schema. It cannot also be defined in this type definition.", node.Name);
            }
            else if (!definedNames.Add(name))
            {
                Report($"There can be only one type named \"{name}\".", FirstDefinition(typeDefinitions, name).Name, node.Name);
            }
        }

        CheckExtensionTargets(typeDefinitions);

        foreach (var type in existing.Types)
        {
            _typeMap[type.Name] = ExtendNamedType(type);
        }

        foreach (var node in typeDefinitions)
        {
            var name = node.Name.Value;
            if (!_typeMap.ContainsKey(name))
            {
                _typeMap[name] = _standardTypes.GetValueOrDefault(name) switch
                {
                    ScalarType scalar when node is ScalarTypeDefinitionNode scalarNode =>
                        scalar.DeclaredBy(scalarNode, SpecifiedByUrl(scalarNode)),
                    { } standard => standard,
                    null => BuildType(node),
                };
            }
        }

        var existingDirectives = existing.Directives ?? Directives.SpecifiedDirectives;
        var directives = existingDirectives.Select(ReplaceDirective).ToList();
        var existingDirectiveNames = existingDirectives.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        var directiveNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in directiveDefinitions)
        {
            var name = node.Name.Value;
            if (existingDirectiveNames.Contains(name))
            {
                Report($"Directive \"@{name}\" already exists in the schema. It cannot be redefined.", node.Name);
            }
            else if (!directiveNames.Add(name))
            {
                Report($"There can be only one directive named \"@{name}\".",
                    directiveDefinitions.First(d => d.Name.Value == name).Name, node.Name);
            }

            directives.Add(BuildDirective(node));
        }

        var query = existing.Query is null ? null : (ObjectType)ReplaceNamedType(existing.Query);
        var mutation = existing.Mutation is null ? null : (ObjectType)ReplaceNamedType(existing.Mutation);
        var subscription = existing.Subscription is null ? null : (ObjectType)ReplaceNamedType(existing.Subscription);
        var schemaDefinition = schemaDefinitions.LastOrDefault();
        var operationNodes = (schemaDefinition?.OperationTypes ?? []).Concat(schemaExtensions.SelectMany(e => e.OperationTypes));
        foreach (var operationNode in operationNodes)
        {
            var rootType = GetNamedType(operationNode.Type);
            var root = rootType as ObjectType;
            if (root is null && rootType is not UnknownType)
            {
                var message = operationNode.Operation == OperationType.Query
                    ? $"Query root type must be Object type, it cannot be {rootType}."
                    : $"{operationNode.Operation} root type must be Object type if provided, it cannot be {rootType}.";
                _deferred.Add(new DeferredTypeError(null, new GraphQLError(message, [operationNode.Type])));
            }

            switch (operationNode.Operation)
            {
                case OperationType.Query: query = root; break;
                case OperationType.Mutation: mutation = root; break;
                case OperationType.Subscription: subscription = root; break;
            }
        }

        var types = _typeMap.Values.ToList();
        var knownDirectives = directives.Concat(Directives.SpecifiedDirectives.Where(s => !directives.Exists(d => d.Name == s.Name))).ToList();
        _errors.AddRange(SdlDirectiveChecks.Check(document, knownDirectives));

        // Read every lazily built member now, so that all unknown types are reported here, together.
        foreach (var type in types)
        {
            Force(type);
        }

        if (_errors.Count > 0 || _buildErrors.Count > 0)
        {
            throw new SchemaException(_errors.Count > 0 ? _errors : _buildErrors);
        }

        return new SchemaConfig
        {
            Description = schemaDefinition?.Description?.Value ?? existing.Description,
            Query = query,
            Mutation = mutation,
            Subscription = subscription,
            Types = types,
            Directives = directives,
            AstNode = schemaDefinition ?? existing.AstNode,
            ExtensionAstNodes = [.. existing.ExtensionAstNodes, .. schemaExtensions],
            DeferredErrors = [.. existing.DeferredErrors, .. _deferred],
        };
    }

    private static void Force(GraphQLNamedType type)
    {
        switch (type)
        {
            case ComplexOutputType complex:
                _ = complex.Interfaces.Count;
                _ = complex.Fields.Count;
                break;
            case UnionType union:
                _ = union.Types.Count;
                break;
            case InputObjectType input:
                _ = input.Fields.Count;
                break;
        }
    }

    private void CheckSchemaDefinitions(SchemaConfig existing, List<SchemaDefinitionNode> definitions,
        List<SchemaExtensionNode> extensions)
    {
        var alreadyDefined = existing.AstNode is not null || existing.Query is not null || existing.Mutation is not null
            || existing.Subscription is not null;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (alreadyDefined)
            {
                Report("Cannot define a new schema within a schema extension.", definitions[i]);
            }
            else if (i > 0)
            {
                Report("Must provide only one schema definition.", definitions[i]);
            }
        }

        var defined = new Dictionary<OperationType, OperationTypeDefinitionNode>();
        var operationNodes = definitions.SelectMany(d => d.OperationTypes).Concat(extensions.SelectMany(e => e.OperationTypes));
        foreach (var node in operationNodes)
        {
            var operation = node.Operation.ToString().ToLowerInvariant();
            var existingRoot = node.Operation switch
            {
                OperationType.Query => existing.Query,
                OperationType.Mutation => existing.Mutation,
                _ => existing.Subscription,
            };
            if (existingRoot is not null)
            {
                Report($"Type for {operation} already defined in the schema. It cannot be redefined.", node);
            }
            else if (defined.TryGetValue(node.Operation, out var first))
            {
                Report($"There can be only one {operation} type in schema.", first, node);
            }
            else
            {
                defined[node.Operation] = node;
            }
        }
    }

    private void CheckExtensionTargets(List<TypeDefinitionNode> definitions)
    {
        foreach (var (name, extensions) in _extensions)
        {
            var kind = _existingTypes.TryGetValue(name, out var existingType)
                ? existingType.Kind
                : definitions.Find(d => d.Name.Value == name) is { } definition ? KindOf(definition)
                : _standardTypes.TryGetValue(name, out var standard) ? standard.Kind
                : (TypeKind?)null;
            foreach (var extension in extensions)
            {
                if (kind is null)
                {
                    var allNames = _existingTypes.Keys.Concat(definitions.Select(d => d.Name.Value)).Distinct();
                    Report($"Cannot extend type \"{name}\" because it is not defined."
                        + SuggestionList.DidYouMean(SuggestionList.Suggest(name, allNames)), extension.Name);
                }
                else if (KindOf(extension) != kind)
                {
                    Report($"Cannot extend non-{KindWord(KindOf(extension))} type \"{name}\".",
                        [.. definitions.Where(d => d.Name.Value == name), extension]);
                }
            }
        }
    }

    private static TypeKind KindOf(Node node) => node switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => TypeKind.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => TypeKind.Object,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => TypeKind.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => TypeKind.Union,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => TypeKind.Enum,
        _ => TypeKind.InputObject,
    };

    private static string KindWord(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "scalar",
        TypeKind.Object => "object",
        TypeKind.Interface => "interface",
        TypeKind.Union => "union",
        TypeKind.Enum => "enum",
        _ => "input object",
    };

    private static TypeDefinitionNode FirstDefinition(List<TypeDefinitionNode> definitions, string name) =>
        definitions.First(d => d.Name.Value == name);

    private void Report(string message, params Node?[] nodes) =>
        _errors.Add(new GraphQLError(message, nodes.OfType<Node>().ToList()));

    private List<T> ExtensionsOf<T>(string name)
        where T : TypeExtensionNode =>
        _extensions.TryGetValue(name, out var list) ? list.OfType<T>().ToList() : [];

    // ---- Types built from definitions ----

    private GraphQLNamedType BuildType(TypeDefinitionNode node)
    {
        var name = node.Name.Value;
        var description = node.Description?.Value;
        switch (node)
        {
            case ObjectTypeDefinitionNode objectNode:
            {
                var extensions = ExtensionsOf<ObjectTypeExtensionNode>(name);
                Node[] all = [objectNode, .. extensions];
                return new ObjectType(name, () => BuildFields(name, all), () => BuildInterfaces(name, all), description,
                    astNode: objectNode, extensionAstNodes: extensions);
            }

            case InterfaceTypeDefinitionNode interfaceNode:
            {
                var extensions = ExtensionsOf<InterfaceTypeExtensionNode>(name);
                Node[] all = [interfaceNode, .. extensions];
                return new InterfaceType(name, () => BuildFields(name, all), () => BuildInterfaces(name, all), description,
                    astNode: interfaceNode, extensionAstNodes: extensions);
            }

            case UnionTypeDefinitionNode unionNode:
            {
                var extensions = ExtensionsOf<UnionTypeExtensionNode>(name);
                Node[] all = [unionNode, .. extensions];
                return new UnionType(name, () => BuildUnionMembers(name, all), description, astNode: unionNode,
                    extensionAstNodes: extensions);
            }

            case EnumTypeDefinitionNode enumNode:
            {
                var extensions = ExtensionsOf<EnumTypeExtensionNode>(name);
                Node[] all = [enumNode, .. extensions];
                return new EnumType(name, BuildEnumValues(name, all), description, enumNode, extensions);
            }

            case InputObjectTypeDefinitionNode inputNode:
            {
                var extensions = ExtensionsOf<InputObjectTypeExtensionNode>(name);
                Node[] all = [inputNode, .. extensions];
                return new InputObjectType(name, () => BuildInputFields(name, all), description,
                    HasDirective(inputNode, Directives.OneOf), inputNode, extensions);
            }

            default:
            {
                var scalarNode = (ScalarTypeDefinitionNode)node;
                return new ScalarType(name, description, SpecifiedByUrl(scalarNode), scalarNode,
                    ExtensionsOf<ScalarTypeExtensionNode>(name));
            }
        }
    }

    private List<FieldDefinition> BuildFields(string typeName, IEnumerable<Node> nodes, IEnumerable<FieldDefinition>? existing = null)
    {
        var fields = existing?.ToList() ?? [];
        var fromSchema = fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var node in nodes.SelectMany(FieldNodes))
        {
            var name = node.Name.Value;
            if (!IsNewMember("Field", typeName, node.Name, fromSchema, fields.Find(f => f.Name == name)?.AstNode?.Name))
            {
                continue;
            }

            // Arguments first, so that unknown types are reported in document order.
            var arguments = BuildArguments($"{typeName}.{name}", node.Arguments);
            fields.Add(new FieldDefinition(name, GetWrappedType(node.Type), arguments, node.Description?.Value,
                DeprecationReason(node), astNode: node));
        }

        return fields;
    }

    /// <summary>
    /// False, with the error reported, when a field or enum value is already in the extended schema or was already
    /// defined in this document (graphql-js's UniqueFieldDefinitionNames and UniqueEnumValueNames messages).
    /// </summary>
    private bool IsNewMember(string what, string typeName, NameNode name, HashSet<string> fromSchema, NameNode? earlier)
    {
        if (fromSchema.Contains(name.Value))
        {
            Report($"{what} \"{typeName}.{name.Value}\" already exists in the schema. It cannot also be defined in this type extension.", name);
            return false;
        }

        if (earlier is not null)
        {
            Report($"{what} \"{typeName}.{name.Value}\" can only be defined once.", earlier, name);
            return false;
        }

        return true;
    }

    private static IReadOnlyList<FieldDefinitionNode> FieldNodes(Node node) => node switch
    {
        ObjectTypeDefinitionNode o => o.Fields,
        ObjectTypeExtensionNode o => o.Fields,
        InterfaceTypeDefinitionNode i => i.Fields,
        InterfaceTypeExtensionNode i => i.Fields,
        _ => [],
    };

    private static IReadOnlyList<NamedTypeNode> InterfaceNodes(Node node) => node switch
    {
        ObjectTypeDefinitionNode o => o.Interfaces,
        ObjectTypeExtensionNode o => o.Interfaces,
        InterfaceTypeDefinitionNode i => i.Interfaces,
        InterfaceTypeExtensionNode i => i.Interfaces,
        _ => [],
    };

    private List<ArgumentDefinition> BuildArguments(string parentName, IReadOnlyList<InputValueDefinitionNode> nodes)
    {
        var arguments = new List<ArgumentDefinition>();
        foreach (var node in nodes)
        {
            if (arguments.Exists(a => a.Name == node.Name.Value))
            {
                Report($"Argument \"{parentName}({node.Name.Value}:)\" can only be defined once.",
                    arguments.First(a => a.Name == node.Name.Value).AstNode?.Name, node.Name);
                continue;
            }

            var type = GetWrappedType(node.Type);
            var (hasDefault, defaultValue) = DefaultValue(node, type);
            arguments.Add(new ArgumentDefinition(node.Name.Value, type, node.Description?.Value, hasDefault, defaultValue,
                DeprecationReason(node), node));
        }

        return arguments;
    }

    private List<InputFieldDefinition> BuildInputFields(string typeName, IEnumerable<Node> nodes,
        IEnumerable<InputFieldDefinition>? existing = null)
    {
        var fields = existing?.ToList() ?? [];
        var fromSchema = fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var fieldNodes = nodes.SelectMany(n => n switch
        {
            InputObjectTypeDefinitionNode d => d.Fields,
            InputObjectTypeExtensionNode e => e.Fields,
            _ => [],
        });
        foreach (var node in fieldNodes)
        {
            var name = node.Name.Value;
            if (!IsNewMember("Field", typeName, node.Name, fromSchema, fields.Find(f => f.Name == name)?.AstNode?.Name))
            {
                continue;
            }

            var type = GetWrappedType(node.Type);
            var (hasDefault, defaultValue) = DefaultValue(node, type);
            fields.Add(new InputFieldDefinition(name, type, node.Description?.Value, hasDefault, defaultValue,
                DeprecationReason(node), node));
        }

        return fields;
    }

    private List<EnumValueDefinition> BuildEnumValues(string typeName, IEnumerable<Node> nodes,
        IEnumerable<EnumValueDefinition>? existing = null)
    {
        var values = existing?.ToList() ?? [];
        var fromSchema = values.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var valueNodes = nodes.SelectMany(n => n switch
        {
            EnumTypeDefinitionNode d => d.Values,
            EnumTypeExtensionNode e => e.Values,
            _ => [],
        });
        foreach (var node in valueNodes)
        {
            var name = node.Name.Value;
            if (!IsNewMember("Enum value", typeName, node.Name, fromSchema, values.Find(v => v.Name == name)?.AstNode?.Name))
            {
                continue;
            }

            values.Add(new EnumValueDefinition(name, description: node.Description?.Value,
                deprecationReason: DeprecationReason(node), astNode: node));
        }

        return values;
    }

    private List<InterfaceType> BuildInterfaces(string typeName, IEnumerable<Node> nodes, IEnumerable<InterfaceType>? existing = null)
    {
        var interfaces = existing?.ToList() ?? [];
        foreach (var node in nodes.SelectMany(InterfaceNodes))
        {
            var type = GetNamedType(node);
            if (type is InterfaceType iface)
            {
                interfaces.Add(iface);
            }
            else if (type is not UnknownType)
            {
                _deferred.Add(new DeferredTypeError(typeName, new GraphQLError(
                    $"Type {typeName} must only implement Interface types, it cannot implement {type}.", [node])));
            }
        }

        return interfaces;
    }

    private List<ObjectType> BuildUnionMembers(string unionName, IEnumerable<Node> nodes, IEnumerable<ObjectType>? existing = null)
    {
        var members = existing?.ToList() ?? [];
        var memberNodes = nodes.SelectMany(n => n switch
        {
            UnionTypeDefinitionNode d => d.Types,
            UnionTypeExtensionNode e => e.Types,
            _ => [],
        });
        foreach (var node in memberNodes)
        {
            var type = GetNamedType(node);
            if (type is ObjectType objectType)
            {
                members.Add(objectType);
            }
            else if (type is not UnknownType)
            {
                _deferred.Add(new DeferredTypeError(unionName, new GraphQLError(
                    $"Union type {unionName} can only include Object types, it cannot include {type}.", [node])));
            }
        }

        return members;
    }

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
    {
        var locations = new List<DirectiveLocation>();
        foreach (var location in node.Locations)
        {
            if (Enum.TryParse<DirectiveLocation>(location.Value, ignoreCase: false, out var parsed)
                && parsed.ToString() == location.Value)
            {
                locations.Add(parsed);
            }
            else
            {
                Report($"Unexpected directive location \"{location.Value}\".", location);
            }
        }

        return new DirectiveDefinition(node.Name.Value, locations, BuildArguments("@" + node.Name.Value, node.Arguments),
            node.Description?.Value, node.Repeatable, DeprecationReason(node), node);
    }

    // ---- Existing types, re-created with references to this builder's types ----

    private GraphQLNamedType ExtendNamedType(GraphQLNamedType type)
    {
        if (Introspection.IsIntrospectionType(type) || Scalars.IsSpecifiedScalarType(type))
        {
            return type;
        }

        var name = type.Name;
        switch (type)
        {
            case ObjectType objectType:
            {
                var extensions = ExtensionsOf<ObjectTypeExtensionNode>(name);
                return new ObjectType(name,
                    () => BuildFields(name, extensions, objectType.Fields.Select(ReplaceField)),
                    () => BuildInterfaces(name, extensions, objectType.Interfaces.Select(i => (InterfaceType)ReplaceNamedType(i))),
                    objectType.Description, objectType.RuntimeType, (ObjectTypeDefinitionNode?)objectType.AstNode,
                    [.. objectType.ExtensionAstNodes.Cast<ObjectTypeExtensionNode>(), .. extensions]);
            }

            case InterfaceType interfaceType:
            {
                var extensions = ExtensionsOf<InterfaceTypeExtensionNode>(name);
                return new InterfaceType(name,
                    () => BuildFields(name, extensions, interfaceType.Fields.Select(ReplaceField)),
                    () => BuildInterfaces(name, extensions, interfaceType.Interfaces.Select(i => (InterfaceType)ReplaceNamedType(i))),
                    interfaceType.Description, interfaceType.ResolveType, (InterfaceTypeDefinitionNode?)interfaceType.AstNode,
                    [.. interfaceType.ExtensionAstNodes.Cast<InterfaceTypeExtensionNode>(), .. extensions]);
            }

            case UnionType unionType:
            {
                var extensions = ExtensionsOf<UnionTypeExtensionNode>(name);
                return new UnionType(name,
                    () => BuildUnionMembers(name, extensions, unionType.Types.Select(t => (ObjectType)ReplaceNamedType(t))),
                    unionType.Description, unionType.ResolveType, (UnionTypeDefinitionNode?)unionType.AstNode,
                    [.. unionType.ExtensionAstNodes.Cast<UnionTypeExtensionNode>(), .. extensions]);
            }

            case InputObjectType inputType:
            {
                var extensions = ExtensionsOf<InputObjectTypeExtensionNode>(name);
                return new InputObjectType(name,
                    () => BuildInputFields(name, extensions, inputType.Fields.Select(f => new InputFieldDefinition(f.Name,
                        ReplaceType(f.Type), f.Description, f.HasDefaultValue, f.DefaultValue, f.DeprecationReason, f.AstNode))),
                    inputType.Description, inputType.IsOneOf, (InputObjectTypeDefinitionNode?)inputType.AstNode,
                    [.. inputType.ExtensionAstNodes.Cast<InputObjectTypeExtensionNode>(), .. extensions]);
            }

            case EnumType enumType:
            {
                var extensions = ExtensionsOf<EnumTypeExtensionNode>(name);
                if (extensions.Count == 0)
                {
                    return enumType;
                }

                return new EnumType(name, BuildEnumValues(name, extensions, enumType.Values.Select(v =>
                        new EnumValueDefinition(v.Name, v.Value, v.Description, v.DeprecationReason, v.AstNode))),
                    enumType.Description, (EnumTypeDefinitionNode?)enumType.AstNode,
                    [.. enumType.ExtensionAstNodes.Cast<EnumTypeExtensionNode>(), .. extensions])
                {
                    RuntimeType = enumType.RuntimeType,
                };
            }

            default:
            {
                var scalar = (ScalarType)type;
                var extensions = ExtensionsOf<ScalarTypeExtensionNode>(name);

                // A scalar with its own coercion cannot be copied; it keeps its instance (and its specifiedBy URL).
                if (extensions.Count == 0 || scalar.GetType() != typeof(ScalarType))
                {
                    return scalar;
                }

                var url = scalar.SpecifiedByUrl;
                foreach (var extension in extensions)
                {
                    url = SpecifiedByUrl(extension) ?? url;
                }

                return new ScalarType(name, scalar.Description, url, (ScalarTypeDefinitionNode?)scalar.AstNode,
                    [.. scalar.ExtensionAstNodes.Cast<ScalarTypeExtensionNode>(), .. extensions]);
            }
        }
    }

    private FieldDefinition ReplaceField(FieldDefinition field) =>
        new(field.Name, ReplaceType(field.Type), field.Arguments.Select(ReplaceArgument), field.Description,
            field.DeprecationReason, field.Resolver, field.AstNode)
        {
            ParentReader = field.ParentReader,
        };

    private ArgumentDefinition ReplaceArgument(ArgumentDefinition argument) =>
        new(argument.Name, ReplaceType(argument.Type), argument.Description, argument.HasDefaultValue,
            argument.DefaultValue, argument.DeprecationReason, argument.AstNode);

    private DirectiveDefinition ReplaceDirective(DirectiveDefinition directive) =>
        Directives.IsSpecifiedDirective(directive)
            ? directive
            : new DirectiveDefinition(directive.Name, directive.Locations, directive.Arguments.Select(ReplaceArgument),
                directive.Description, directive.IsRepeatable, directive.DeprecationReason, directive.AstNode);

    private GraphQLType ReplaceType(GraphQLType type) => type switch
    {
        ListType list => new ListType(ReplaceType(list.OfType)),
        NonNullType nonNull => new NonNullType(ReplaceType(nonNull.OfType)),
        _ => ReplaceNamedType((GraphQLNamedType)type),
    };

    private GraphQLNamedType ReplaceNamedType(GraphQLNamedType type) => _typeMap.GetValueOrDefault(type.Name) ?? type;

    // ---- References ----

    private GraphQLNamedType GetNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (_typeMap.TryGetValue(name, out var type))
        {
            return type;
        }

        if (_standardTypes.TryGetValue(name, out var standard))
        {
            return standard;
        }

        var candidates = Scalars.SpecifiedScalarTypes.Select(s => s.Name).Concat(_typeMap.Keys);
        Report($"Unknown type \"{name}\"." + SuggestionList.DidYouMean(SuggestionList.Suggest(name, candidates)), node);
        return new UnknownType(name);
    }

    private GraphQLType GetWrappedType(TypeNode node) => node switch
    {
        ListTypeNode list => new ListType(GetWrappedType(list.Type)),
        NonNullTypeNode nonNull => new NonNullType(GetWrappedType(nonNull.Type)),
        _ => GetNamedType((NamedTypeNode)node),
    };

    // ---- Directive values ----

    private bool HasDirective(IHasDirectives node, DirectiveDefinition directive) => DirectiveValues(node, directive) is not null;

    private string? DeprecationReason(IHasDirectives node) =>
        DirectiveValues(node, Directives.Deprecated)?["reason"] as string;

    private string? SpecifiedByUrl(IHasDirectives node) =>
        DirectiveValues(node, Directives.SpecifiedBy)?["url"] as string;

    // An invalid argument of a specified directive is an SDL error, as when graphql-js's builder reads it.
    private IReadOnlyDictionary<string, object?>? DirectiveValues(IHasDirectives node, DirectiveDefinition directive)
    {
        try
        {
            return InputValues.GetDirectiveValues(directive, node);
        }
        catch (GraphQLError error)
        {
            _buildErrors.Add(error);
            return null;
        }
    }

    private (bool HasDefault, object? Value) DefaultValue(InputValueDefinitionNode node, GraphQLType type)
    {
        if (node.DefaultValue is not { } literal)
        {
            return (false, null);
        }

        try
        {
            return InputValues.TryValueFromAst(literal, type, null, out var value) ? (true, value) : (false, null);
        }
        catch (InvalidOperationException)
        {
            // Coercing the literal needs the fields of an input object whose fields are being built right now
            // (a default of a type's own type); graphql-js overflows its stack here.
            _buildErrors.Add(new GraphQLError(
                $"Default value of \"{node.Name.Value}\" needs the fields of input object {type.NamedType.Name} while they are being defined.",
                [literal]));
            return (false, null);
        }
    }

    /// <summary>Stands for a type name that is not defined, so that building can go on and report every such name.</summary>
    private sealed class UnknownType(string name) : ScalarType(name);
}
