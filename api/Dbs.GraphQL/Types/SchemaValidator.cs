using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Types;

/// <summary>
/// Type system validation (spec §3 "Type Validation" subsections), with graphql-js's <c>validateSchema</c> messages
/// and blamed AST nodes. The result is computed once per schema.
/// </summary>
public static class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        if (schema.ValidationErrors is { } known)
        {
            return known;
        }

        var context = new Context(schema);
        ValidateRootTypes(context);
        ValidateDirectives(context);
        ValidateTypes(context);
        schema.ValidationErrors = context.Errors;
        return context.Errors;
    }

    /// <summary>Throws a <see cref="SchemaException"/> listing every error when the schema is invalid.</summary>
    public static void AssertValid(Schema schema)
    {
        var errors = Validate(schema);
        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }
    }

    private static void ValidateRootTypes(Context context)
    {
        var schema = context.Schema;
        var rootErrors = schema.DeferredErrors.Where(e => e.TypeName is null).Select(e => e.Error).ToList();
        if (schema.QueryType is null && !rootErrors.Exists(e => e.Message.StartsWith("Query ", StringComparison.Ordinal)))
        {
            context.Report("Query root type must be provided.", schema.AstNode);
        }

        foreach (var error in rootErrors)
        {
            context.Errors.Add(error);
        }
    }

    private static void ValidateDirectives(Context context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            ValidateName(context, directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
            {
                context.Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateName(context, argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType)
                {
                    context.Report(
                        $"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.",
                        argument.AstNode);
                }

                if (argument.IsRequired && argument.IsDeprecated)
                {
                    context.Report($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.",
                        DeprecatedDirectiveNode(argument.AstNode), argument.AstNode?.Type);
                }
            }
        }
    }

    private static void ValidateName(Context context, string name, Node? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private static void ValidateTypes(Context context)
    {
        var circularReferences = new InputObjectCycleDetector(context);
        foreach (var type in context.Schema.Types)
        {
            if (!Introspection.IsIntrospectionType(type))
            {
                ValidateName(context, type.Name, type.AstNode);
            }

            // Members the SDL builder had to leave out (they are not of an allowed kind) are reported where
            // graphql-js reports them: after the fields, and among the union's member checks.
            var leftOut = context.Schema.DeferredErrors.Where(e => e.TypeName == type.Name).Select(e => e.Error).ToList();
            switch (type)
            {
                case ComplexOutputType complex:
                    ValidateFields(context, complex);
                    context.Errors.AddRange(leftOut);
                    ValidateInterfaces(context, complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(context, union, leftOut);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(context, enumType);
                    break;
                case InputObjectType inputObject:
                    ValidateInputFields(context, inputObject);
                    circularReferences.Detect(inputObject);
                    break;
            }
        }
    }

    private static void ValidateFields(Context context, ComplexOutputType type)
    {
        if (type.Fields.Count == 0)
        {
            context.Report($"Type {type.Name} must define one or more fields.", [type.AstNode, .. type.ExtensionAstNodes]);
        }

        foreach (var field in type.Fields)
        {
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsOutputType)
            {
                context.Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.",
                    field.AstNode?.Type);
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(context, argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType)
                {
                    context.Report(
                        $"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.",
                        argument.AstNode?.Type);
                }

                if (argument.IsRequired && argument.IsDeprecated)
                {
                    context.Report($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.",
                        DeprecatedDirectiveNode(argument.AstNode), argument.AstNode?.Type);
                }
            }
        }
    }

    private static void ValidateInterfaces(Context context, ComplexOutputType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                context.Report($"Type {type.Name} cannot implement itself because it would create a circular reference.",
                    ImplementsNodes(type, iface));
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                context.Report($"Type {type.Name} can only implement {iface.Name} once.", ImplementsNodes(type, iface));
                continue;
            }

            ValidateTypeImplementsAncestors(context, type, iface);
            ValidateTypeImplementsInterface(context, type, iface);
        }
    }

    private static void ValidateTypeImplementsInterface(Context context, ComplexOutputType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var fieldName = ifaceField.Name;
            var typeField = type.Fields[fieldName];
            if (typeField is null)
            {
                context.Report($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.",
                    [ifaceField.AstNode, type.AstNode, .. type.ExtensionAstNodes]);
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(context.Schema, typeField.Type, ifaceField.Type))
            {
                context.Report(
                    $"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                    ifaceField.AstNode?.Type, typeField.AstNode?.Type);
            }

            foreach (var ifaceArgument in ifaceField.Arguments)
            {
                var argumentName = ifaceArgument.Name;
                var typeArgument = typeField.Arguments[argumentName];
                if (typeArgument is null)
                {
                    context.Report(
                        $"Interface field argument {iface.Name}.{fieldName}({argumentName}:) expected but {type.Name}.{fieldName} does not provide it.",
                        ifaceArgument.AstNode, typeField.AstNode);
                    continue;
                }

                if (!TypeComparators.IsEqualType(ifaceArgument.Type, typeArgument.Type))
                {
                    context.Report(
                        $"Interface field argument {iface.Name}.{fieldName}({argumentName}:) expects type {ifaceArgument.Type} but {type.Name}.{fieldName}({argumentName}:) is type {typeArgument.Type}.",
                        ifaceArgument.AstNode?.Type, typeArgument.AstNode?.Type);
                }
            }

            foreach (var typeArgument in typeField.Arguments)
            {
                if (!ifaceField.Arguments.Contains(typeArgument.Name) && typeArgument.IsRequired)
                {
                    context.Report(
                        $"Object field {type.Name}.{fieldName} includes required argument {typeArgument.Name} that is missing from the Interface field {iface.Name}.{fieldName}.",
                        typeArgument.AstNode, ifaceField.AstNode);
                }
            }
        }
    }

    private static void ValidateTypeImplementsAncestors(Context context, ComplexOutputType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Implements(transitive))
            {
                context.Report(
                    ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                    [.. ImplementsNodes(iface, transitive), .. ImplementsNodes(type, iface)]);
            }
        }
    }

    private static void ValidateUnionMembers(Context context, UnionType union, List<GraphQLError> leftOutMembers)
    {
        if (union.Types.Count == 0 && leftOutMembers.Count == 0)
        {
            context.Report($"Union type {union.Name} must define one or more member types.",
                [union.AstNode, .. union.ExtensionAstNodes]);
        }

        context.Errors.AddRange(leftOutMembers);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                context.Report($"Union type {union.Name} can only include type {member.Name} once.",
                    UnionMemberNodes(union, member.Name));
            }
        }
    }

    private static void ValidateEnumValues(Context context, EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            context.Report($"Enum type {enumType.Name} must define one or more values.",
                [enumType.AstNode, .. enumType.ExtensionAstNodes]);
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(context, value.Name, value.AstNode);
        }
    }

    private static void ValidateInputFields(Context context, InputObjectType inputObject)
    {
        if (inputObject.Fields.Count == 0)
        {
            context.Report($"Input Object type {inputObject.Name} must define one or more fields.",
                [inputObject.AstNode, .. inputObject.ExtensionAstNodes]);
        }

        foreach (var field in inputObject.Fields)
        {
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsInputType)
            {
                context.Report($"The type of {inputObject.Name}.{field.Name} must be Input Type but got: {field.Type}.",
                    field.AstNode?.Type);
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                context.Report($"Required input field {inputObject.Name}.{field.Name} cannot be deprecated.",
                    DeprecatedDirectiveNode(field.AstNode), field.AstNode?.Type);
            }

            if (inputObject.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    context.Report($"OneOf input field {inputObject.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
                }

                if (field.HasDefaultValue)
                {
                    context.Report($"OneOf input field {inputObject.Name}.{field.Name} cannot have a default value.", field.AstNode);
                }
            }
        }
    }

    private static List<Node> ImplementsNodes(ComplexOutputType type, InterfaceType iface) =>
        NamedTypeNodes(type, iface.Name, definition => definition switch
        {
            ObjectTypeDefinitionNode o => o.Interfaces,
            ObjectTypeExtensionNode o => o.Interfaces,
            InterfaceTypeDefinitionNode i => i.Interfaces,
            InterfaceTypeExtensionNode i => i.Interfaces,
            _ => [],
        });

    private static List<Node> UnionMemberNodes(UnionType union, string typeName) =>
        NamedTypeNodes(union, typeName, definition => definition switch
        {
            UnionTypeDefinitionNode u => u.Types,
            UnionTypeExtensionNode u => u.Types,
            _ => [],
        });

    /// <summary>The references to <paramref name="name"/> in a type's definition and extensions.</summary>
    private static List<Node> NamedTypeNodes(GraphQLNamedType type, string name, Func<Node, IReadOnlyList<NamedTypeNode>> references)
    {
        IEnumerable<Node> definitions = type.AstNode is null ? type.ExtensionAstNodes : [type.AstNode, .. type.ExtensionAstNodes];
        return [.. definitions.SelectMany(references).Where(n => n.Name.Value == name)];
    }

    private static DirectiveNode? DeprecatedDirectiveNode(InputValueDefinitionNode? node) =>
        node?.Directives.FirstOrDefault(d => d.Name.Value == Directives.Deprecated.Name);

    private sealed class Context(Schema schema)
    {
        public Schema Schema { get; } = schema;

        public List<GraphQLError> Errors { get; } = [];

        public void Report(string message, params IEnumerable<Node?> nodes)
        {
            var present = nodes.OfType<Node>().ToList();
            Errors.Add(new GraphQLError(message, present));
        }
    }

    // Spec §3.10.1 "Circular References": a cycle of non-null input object fields can never be satisfied. Walks the
    // graph once (each type visited once), reporting every cycle found; iterative so that no schema can exhaust
    // the stack.
    private sealed class InputObjectCycleDetector(Context context)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

        public void Detect(InputObjectType start)
        {
            if (!_visited.Add(start.Name))
            {
                return;
            }

            var fieldPath = new List<InputFieldDefinition>();
            var indexByTypeName = new Dictionary<string, int>(StringComparer.Ordinal) { [start.Name] = 0 };
            var stack = new Stack<(InputObjectType Type, int NextField)>();
            stack.Push((start, 0));
            while (stack.Count > 0)
            {
                var (type, next) = stack.Pop();
                var descended = false;
                for (var i = next; i < type.Fields.Count; i++)
                {
                    var field = type.Fields[i];
                    if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
                    {
                        continue;
                    }

                    fieldPath.Add(field);
                    if (!indexByTypeName.TryGetValue(fieldType.Name, out var cycleIndex))
                    {
                        if (_visited.Add(fieldType.Name))
                        {
                            stack.Push((type, i + 1));
                            indexByTypeName[fieldType.Name] = fieldPath.Count;
                            stack.Push((fieldType, 0));
                            descended = true;
                            break;
                        }
                    }
                    else
                    {
                        var cyclePath = fieldPath.Skip(cycleIndex).ToList();
                        context.Report(
                            $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join('.', cyclePath.Select(f => f.Name))}\".",
                            cyclePath.Select(f => (Node?)f.AstNode));
                    }

                    fieldPath.RemoveAt(fieldPath.Count - 1);
                }

                if (!descended)
                {
                    // Leaving this type: forget its position and the field that led into it.
                    indexByTypeName.Remove(type.Name);
                    if (fieldPath.Count > 0)
                    {
                        fieldPath.RemoveAt(fieldPath.Count - 1);
                    }
                }
            }
        }
    }
}
