using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Validation;

/// <summary>
/// The schema types at the current point of a walk over an executable document, as graphql-js's <c>TypeInfo</c>
/// tracks them: the output type of the current field, the composite type of the enclosing selection set, the input
/// type expected at the current value, the field, argument and directive definitions in scope. Every lookup may
/// find nothing (the document is not yet known to be valid); then the value is null. The walk drives it; rules read
/// it through <see cref="ValidationContext"/>.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly NullableStack<GraphQLType> _types = new();
    private readonly NullableStack<GraphQLNamedType> _parentTypes = new();
    private readonly NullableStack<GraphQLType> _inputTypes = new();
    private readonly NullableStack<FieldDefinition> _fieldDefinitions = new();

    // The argument or input field whose default value applies at the current value; null inside lists.
    private readonly NullableStack<InputValueDefinition> _defaultValueOwners = new();

    internal TypeInfo(Schema schema)
    {
        _schema = schema;
    }

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public GraphQLType? Type => _types.Peek();

    /// <summary>The composite type of the selection set that holds the current selection.</summary>
    public GraphQLNamedType? ParentType => _parentTypes.Peek();

    /// <summary>The input type expected at the current argument, variable definition, list item or object field.</summary>
    public GraphQLType? InputType => _inputTypes.Peek();

    /// <summary>The input type one level up: the list or input object holding the current value.</summary>
    public GraphQLType? ParentInputType => _inputTypes.PeekParent();

    /// <summary>The definition of the current field (including the meta fields <c>__typename</c>, <c>__schema</c>, <c>__type</c>).</summary>
    public FieldDefinition? FieldDefinition => _fieldDefinitions.Peek();

    /// <summary>The argument or input field whose default value would apply at the current value, if it has one.</summary>
    public InputValueDefinition? DefaultValueOwner => _defaultValueOwners.Peek() is { HasDefaultValue: true } owner ? owner : null;

    public DirectiveDefinition? Directive { get; private set; }

    public ArgumentDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    /// <summary>
    /// The field a selection of <paramref name="fieldName"/> on <paramref name="parentType"/> means, meta fields
    /// included (spec §4.1: <c>__schema</c> and <c>__type</c> on the query root, <c>__typename</c> everywhere).
    /// </summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, GraphQLNamedType parentType, string fieldName)
    {
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            if (fieldName == "__schema" && ReferenceEquals(schema.QueryType, parentType))
            {
                return Introspection.SchemaMetaField;
            }

            if (fieldName == "__type" && ReferenceEquals(schema.QueryType, parentType))
            {
                return Introspection.TypeMetaField;
            }

            if (fieldName == "__typename" && parentType.IsCompositeType)
            {
                return Introspection.TypeNameMetaField;
            }
        }

        return parentType is ComplexOutputType complex ? complex.GetField(fieldName) : null;
    }

    /// <summary>The type a type reference names, or null when a named type is unknown (graphql-js's <c>typeFromAST</c>).</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode typeNode) => typeNode switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner and not NonNullType
            ? new NonNullType(inner)
            : null,
        _ => null,
    };

    internal void EnterSelectionSet() =>
        _parentTypes.Push(Type?.NamedType is { IsCompositeType: true } composite ? composite : null);

    internal void LeaveSelectionSet() => _parentTypes.Pop();

    internal void EnterField(FieldNode node)
    {
        var fieldDefinition = ParentType is { } parentType
            ? GetFieldDefinition(_schema, parentType, node.Name.Value)
            : null;
        _fieldDefinitions.Push(fieldDefinition);
        _types.Push(fieldDefinition?.Type is { IsOutputType: true } type ? type : null);
    }

    internal void LeaveField()
    {
        _fieldDefinitions.Pop();
        _types.Pop();
    }

    internal void EnterDirective(DirectiveNode node) => Directive = _schema.GetDirective(node.Name.Value);

    internal void LeaveDirective() => Directive = null;

    internal void EnterOperationDefinition(OperationDefinitionNode node) => _types.Push(_schema.GetRootType(node.Operation));

    /// <summary>An inline fragment or fragment definition: its type condition, else the enclosing type.</summary>
    internal void EnterFragment(NamedTypeNode? typeCondition)
    {
        var type = typeCondition is null ? Type?.NamedType : _schema.GetType(typeCondition.Name.Value);
        _types.Push(type is { IsOutputType: true } ? type : null);
    }

    /// <summary>Leaves an operation, inline fragment or fragment definition.</summary>
    internal void LeaveTypedDefinition() => _types.Pop();

    internal void EnterVariableDefinition(VariableDefinitionNode node) =>
        _inputTypes.Push(TypeFromAst(_schema, node.Type) is { IsInputType: true } type ? type : null);

    internal void LeaveVariableDefinition() => _inputTypes.Pop();

    internal void EnterArgument(ArgumentNode node)
    {
        // An argument inside an unknown directive falls back to the field's arguments, as in graphql-js.
        var arguments = Directive?.Arguments ?? FieldDefinition?.Arguments;
        var argument = arguments?[node.Name.Value];
        Argument = argument;
        _defaultValueOwners.Push(argument);
        _inputTypes.Push(argument?.Type is { IsInputType: true } type ? type : null);
    }

    internal void LeaveArgument()
    {
        Argument = null;
        _defaultValueOwners.Pop();
        _inputTypes.Pop();
    }

    internal void EnterListValue()
    {
        var listType = InputType?.NullableType;
        var itemType = listType is ListType list ? list.OfType : listType;
        _defaultValueOwners.Push(null);
        _inputTypes.Push(itemType is { IsInputType: true } ? itemType : null);
    }

    internal void EnterObjectField(ObjectFieldNode node)
    {
        var field = InputType?.NamedType is InputObjectType objectType ? objectType.Fields[node.Name.Value] : null;
        _defaultValueOwners.Push(field);
        _inputTypes.Push(field?.Type is { IsInputType: true } type ? type : null);
    }

    /// <summary>Leaves a list value or an object field.</summary>
    internal void LeaveInputPosition()
    {
        _defaultValueOwners.Pop();
        _inputTypes.Pop();
    }

    internal void EnterEnumValue(EnumValueNode node) =>
        EnumValue = InputType?.NamedType is EnumType enumType ? enumType.GetValue(node.Value) : null;

    internal void LeaveEnumValue() => EnumValue = null;

    /// <summary>A stack of possibly-null entries over one growable array, so that a walk allocates nothing per node.</summary>
    private sealed class NullableStack<T>
        where T : class
    {
        private T?[] _items = new T?[8];
        private int _count;

        public void Push(T? item)
        {
            if (_count == _items.Length)
            {
                Array.Resize(ref _items, _count * 2);
            }

            _items[_count++] = item;
        }

        public void Pop() => _items[--_count] = null;

        public T? Peek() => _count > 0 ? _items[_count - 1] : null;

        public T? PeekParent() => _count > 1 ? _items[_count - 2] : null;
    }
}
