namespace Dbs.GraphQL.Language;

/// <summary>The child members of each node kind, in the order of graphql-js's <c>QueryDocumentKeys</c>.</summary>
internal static class AstChildren
{
    /// <summary>Returned after a node's last member.</summary>
    public static readonly object End = new();

    /// <summary>
    /// The member at <paramref name="index"/>: a node, a list of nodes, null when absent, or <see cref="End"/>.
    /// </summary>
    public static object? Get(Node node, int index) => node.Kind switch
    {
        Kind.Name or Kind.IntValue or Kind.FloatValue or Kind.StringValue or Kind.BooleanValue or Kind.NullValue
            or Kind.EnumValue => End,
        Kind.Document => Pick(index, ((DocumentNode)node).Definitions),
        Kind.OperationDefinition => Operation((OperationDefinitionNode)node, index),
        Kind.VariableDefinition => VariableDefinition((VariableDefinitionNode)node, index),
        Kind.Variable => Pick(index, ((VariableNode)node).Name),
        Kind.SelectionSet => Pick(index, ((SelectionSetNode)node).Selections),
        Kind.Field => Field((FieldNode)node, index),
        Kind.Argument => Pick(index, ((ArgumentNode)node).Name, ((ArgumentNode)node).Value),
        Kind.FragmentSpread => Pick(index, ((FragmentSpreadNode)node).Name, ((FragmentSpreadNode)node).Directives),
        Kind.InlineFragment => InlineFragment((InlineFragmentNode)node, index),
        Kind.FragmentDefinition => FragmentDefinition((FragmentDefinitionNode)node, index),
        Kind.ListValue => Pick(index, ((ListValueNode)node).Values),
        Kind.ObjectValue => Pick(index, ((ObjectValueNode)node).Fields),
        Kind.ObjectField => Pick(index, ((ObjectFieldNode)node).Name, ((ObjectFieldNode)node).Value),
        Kind.Directive => Pick(index, ((DirectiveNode)node).Name, ((DirectiveNode)node).Arguments),
        Kind.NamedType => Pick(index, ((NamedTypeNode)node).Name),
        Kind.ListType => Pick(index, ((ListTypeNode)node).Type),
        Kind.NonNullType => Pick(index, ((NonNullTypeNode)node).Type),
        Kind.SchemaDefinition => SchemaDefinition((SchemaDefinitionNode)node, index),
        Kind.OperationTypeDefinition => Pick(index, ((OperationTypeDefinitionNode)node).Type),
        Kind.ScalarTypeDefinition => TypeDefinition((TypeDefinitionNode)node, index, null, null),
        Kind.ObjectTypeDefinition => TypeDefinition(
            (TypeDefinitionNode)node, index, ((ObjectTypeDefinitionNode)node).Interfaces, ((ObjectTypeDefinitionNode)node).Fields),
        Kind.FieldDefinition => FieldDefinition((FieldDefinitionNode)node, index),
        Kind.InputValueDefinition => InputValueDefinition((InputValueDefinitionNode)node, index),
        Kind.InterfaceTypeDefinition => TypeDefinition(
            (TypeDefinitionNode)node, index, ((InterfaceTypeDefinitionNode)node).Interfaces, ((InterfaceTypeDefinitionNode)node).Fields),
        Kind.UnionTypeDefinition => TypeDefinition((TypeDefinitionNode)node, index, null, ((UnionTypeDefinitionNode)node).Types),
        Kind.EnumTypeDefinition => TypeDefinition((TypeDefinitionNode)node, index, null, ((EnumTypeDefinitionNode)node).Values),
        Kind.EnumValueDefinition => Pick(
            index,
            ((EnumValueDefinitionNode)node).Description,
            ((EnumValueDefinitionNode)node).Name,
            ((EnumValueDefinitionNode)node).Directives),
        Kind.InputObjectTypeDefinition => TypeDefinition(
            (TypeDefinitionNode)node, index, null, ((InputObjectTypeDefinitionNode)node).Fields),
        Kind.DirectiveDefinition => DirectiveDefinition((DirectiveDefinitionNode)node, index),
        Kind.SchemaExtension => Pick(index, ((SchemaExtensionNode)node).Directives, ((SchemaExtensionNode)node).OperationTypes),
        Kind.DirectiveExtension => Pick(index, ((DirectiveExtensionNode)node).Name, ((DirectiveExtensionNode)node).Directives),
        Kind.ScalarTypeExtension => TypeExtension((TypeExtensionNode)node, index, null, null),
        Kind.ObjectTypeExtension => TypeExtension(
            (TypeExtensionNode)node, index, ((ObjectTypeExtensionNode)node).Interfaces, ((ObjectTypeExtensionNode)node).Fields),
        Kind.InterfaceTypeExtension => TypeExtension(
            (TypeExtensionNode)node, index, ((InterfaceTypeExtensionNode)node).Interfaces, ((InterfaceTypeExtensionNode)node).Fields),
        Kind.UnionTypeExtension => TypeExtension((TypeExtensionNode)node, index, null, ((UnionTypeExtensionNode)node).Types),
        Kind.EnumTypeExtension => TypeExtension((TypeExtensionNode)node, index, null, ((EnumTypeExtensionNode)node).Values),
        Kind.InputObjectTypeExtension => TypeExtension(
            (TypeExtensionNode)node, index, null, ((InputObjectTypeExtensionNode)node).Fields),
        _ => throw new ArgumentException($"Unknown node kind {node.Kind}.", nameof(node)),
    };

    private static object? Pick(int index, object? first) => index == 0 ? first : End;

    private static object? Pick(int index, object? first, object? second) => index switch
    {
        0 => first,
        1 => second,
        _ => End,
    };

    private static object? Pick(int index, object? first, object? second, object? third) => index switch
    {
        0 => first,
        1 => second,
        2 => third,
        _ => End,
    };

    private static object? Operation(OperationDefinitionNode node, int index) => index switch
    {
        0 => node.Description,
        1 => node.Name,
        2 => node.VariableDefinitions,
        3 => node.Directives,
        4 => node.SelectionSet,
        _ => End,
    };

    private static object? VariableDefinition(VariableDefinitionNode node, int index) => index switch
    {
        0 => node.Description,
        1 => node.Variable,
        2 => node.Type,
        3 => node.DefaultValue,
        4 => node.Directives,
        _ => End,
    };

    private static object? Field(FieldNode node, int index) => index switch
    {
        0 => node.Alias,
        1 => node.Name,
        2 => node.Arguments,
        3 => node.Directives,
        4 => node.SelectionSet,
        _ => End,
    };

    private static object? InlineFragment(InlineFragmentNode node, int index) => index switch
    {
        0 => node.TypeCondition,
        1 => node.Directives,
        2 => node.SelectionSet,
        _ => End,
    };

    private static object? FragmentDefinition(FragmentDefinitionNode node, int index) => index switch
    {
        0 => node.Description,
        1 => node.Name,
        2 => node.VariableDefinitions,
        3 => node.TypeCondition,
        4 => node.Directives,
        5 => node.SelectionSet,
        _ => End,
    };

    private static object? SchemaDefinition(SchemaDefinitionNode node, int index) => index switch
    {
        0 => node.Description,
        1 => node.Directives,
        2 => node.OperationTypes,
        _ => End,
    };

    // description, name, [interfaces,] directives, [fields | types | values]
    private static object? TypeDefinition(TypeDefinitionNode node, int index, object? interfaces, object? members)
    {
        if (interfaces is null && index >= 2)
        {
            index++;
        }

        return index switch
        {
            0 => node.Description,
            1 => node.Name,
            2 => interfaces,
            3 => node.Directives,
            4 => members ?? End,
            _ => End,
        };
    }

    // name, [interfaces,] directives, [fields | types | values]
    private static object? TypeExtension(TypeExtensionNode node, int index, object? interfaces, object? members)
    {
        if (interfaces is null && index >= 1)
        {
            index++;
        }

        return index switch
        {
            0 => node.Name,
            1 => interfaces,
            2 => node.Directives,
            3 => members ?? End,
            _ => End,
        };
    }

    private static object? FieldDefinition(FieldDefinitionNode node, int index) => index switch
    {
        0 => node.Description,
        1 => node.Name,
        2 => node.Arguments,
        3 => node.Type,
        4 => node.Directives,
        _ => End,
    };

    private static object? InputValueDefinition(InputValueDefinitionNode node, int index) => index switch
    {
        0 => node.Description,
        1 => node.Name,
        2 => node.Type,
        3 => node.DefaultValue,
        4 => node.Directives,
        _ => End,
    };

    private static object? DirectiveDefinition(DirectiveDefinitionNode node, int index) => index switch
    {
        0 => node.Description,
        1 => node.Name,
        2 => node.Arguments,
        3 => node.Directives,
        4 => node.Locations,
        _ => End,
    };
}
