using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Utilities;

/// <summary>
/// Tracks where a walk over an executable document is in the schema (graphql-js <c>TypeInfo</c>): call
/// <see cref="Enter"/> before a node's children and <see cref="Leave"/> after them. Validation rules read the current
/// output type, parent composite type, input type, field, argument, directive, enum value and default value.
/// Unknown names give null, never an exception.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<GraphQLNamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<(bool HasValue, object? Value)> _defaultValueStack = [];

    /// <param name="schema">The schema the document is checked against.</param>
    /// <param name="initialType">A type to start from, for walks that begin inside a document.</param>
    public TypeInfo(Schema schema, GraphQLType? initialType = null)
    {
        _schema = schema;
        if (initialType is null)
        {
            return;
        }

        if (initialType.IsInputType)
        {
            _inputTypeStack.Add(initialType);
        }

        if (initialType.NamedType.IsCompositeType)
        {
            _parentTypeStack.Add(initialType.NamedType);
        }

        if (initialType.IsOutputType)
        {
            _typeStack.Add(initialType);
        }
    }

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public GraphQLType? Type => Peek(_typeStack);

    /// <summary>The object, interface or union whose selection set is being walked.</summary>
    public GraphQLNamedType? ParentType => Peek(_parentTypeStack);

    /// <summary>The input type expected at the current argument, variable definition, list item or object field.</summary>
    public GraphQLType? InputType => Peek(_inputTypeStack);

    /// <summary>The input type of the enclosing input position (the list or input object around the current one).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDef => Peek(_fieldDefStack);

    /// <summary>Whether the current argument or input field has a default value (list items never have one).</summary>
    public bool HasDefaultValue => _defaultValueStack.Count > 0 && _defaultValueStack[^1].HasValue;

    public object? DefaultValue => _defaultValueStack.Count > 0 ? _defaultValueStack[^1].Value : null;

    public DirectiveDefinition? Directive { get; private set; }

    public ArgumentDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    public void Enter(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
            {
                var namedType = Type?.NamedType;
                _parentTypeStack.Add(namedType is { IsCompositeType: true } ? namedType : null);
                break;
            }

            case FieldNode field:
            {
                var fieldDef = ParentType is { } parentType ? GetFieldDef(_schema, parentType, field.Name.Value) : null;
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type is { IsOutputType: true } fieldType ? fieldType : null);
                break;
            }

            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;

            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;

            case InlineFragmentNode inlineFragment:
                PushFragmentType(inlineFragment.TypeCondition);
                break;

            case FragmentDefinitionNode fragment:
                PushFragmentType(fragment.TypeCondition);
                break;

            case VariableDefinitionNode variable:
            {
                var inputType = TypeFromAst.Resolve(_schema, variable.Type);
                _inputTypeStack.Add(inputType is { IsInputType: true } ? inputType : null);
                break;
            }

            case ArgumentNode argument:
            {
                var arguments = Directive?.Arguments ?? FieldDef?.Arguments;
                var argumentDef = arguments?[argument.Name.Value];
                Argument = argumentDef;
                _defaultValueStack.Add(argumentDef is null ? default : (argumentDef.HasDefaultValue, argumentDef.DefaultValue));
                _inputTypeStack.Add(argumentDef?.Type is { IsInputType: true } argumentType ? argumentType : null);
                break;
            }

            case ListValueNode:
            {
                var listType = InputType?.NullableType;
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(default);
                _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            }

            case ObjectFieldNode objectField:
            {
                var inputField = InputType?.NamedType is InputObjectType objectType ? objectType.Fields[objectField.Name.Value] : null;
                _defaultValueStack.Add(inputField is null ? default : (inputField.HasDefaultValue, inputField.DefaultValue));
                _inputTypeStack.Add(inputField?.Type is { IsInputType: true } fieldType ? fieldType : null);
                break;
            }

            case EnumValueNode enumValue:
                EnumValue = InputType?.NamedType is EnumType enumType ? enumType.GetValue(enumValue.Value) : null;
                break;
        }
    }

    public void Leave(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    /// <summary>
    /// The field a selection names on a composite type, including the meta fields: <c>__schema</c> and
    /// <c>__type</c> on the query root, <c>__typename</c> everywhere (spec §4.1, graphql-js <c>getFieldDef</c>).
    /// </summary>
    public static FieldDefinition? GetFieldDef(Schema schema, GraphQLNamedType parentType, string fieldName)
    {
        if (fieldName == Introspection.SchemaMetaField.Name && ReferenceEquals(schema.QueryType, parentType))
        {
            return Introspection.SchemaMetaField;
        }

        if (fieldName == Introspection.TypeMetaField.Name && ReferenceEquals(schema.QueryType, parentType))
        {
            return Introspection.TypeMetaField;
        }

        if (fieldName == Introspection.TypeNameMetaField.Name && parentType.IsCompositeType)
        {
            return Introspection.TypeNameMetaField;
        }

        return (parentType as ComplexOutputType)?.Fields[fieldName];
    }

    private void PushFragmentType(NamedTypeNode? typeCondition)
    {
        var outputType = typeCondition is null ? Type?.NamedType : TypeFromAst.Resolve(_schema, typeCondition);
        _typeStack.Add(outputType is { IsOutputType: true } ? outputType : null);
    }

    private static T? Peek<T>(List<T?> stack) => stack.Count > 0 ? stack[^1] : default;

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }
}
