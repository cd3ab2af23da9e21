using Dbs.GraphQL.Language;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Validation;

/// <summary>
/// The one walk over a document that runs every rule: graphql-js's <c>visit</c> with <c>visitInParallel</c> and
/// <c>visitWithTypeInfo</c>, written out per node type. Children are visited in graphql-js's key order
/// (descriptions excepted, as its <c>validate</c> does), <see cref="TypeInfo"/> is updated before the rules enter
/// a node and after they leave it, and each rule may skip a subtree on its own. Name and variable nodes are not
/// visited; variables are recorded as <see cref="VariableUsage"/>s of the definition they are in.
/// </summary>
internal sealed class DocumentWalker
{
    private readonly ValidationContext _context;
    private readonly TypeInfo _typeInfo;
    private readonly ValidationVisitor[] _visitors;
    private readonly Node?[] _skipping;
    private readonly int[][] _enter;
    private readonly int[][] _leave;
    private Node[] _path = new Node[16];
    private int _depth;
    private bool _recordingUsages;
    private List<VariableUsage>? _usages;

    public DocumentWalker(ValidationContext context, TypeInfo typeInfo, ValidationVisitor[] visitors, VisitorDispatch dispatch)
    {
        _context = context;
        _typeInfo = typeInfo;
        _visitors = visitors;
        _skipping = new Node?[visitors.Length];
        _enter = dispatch.Enter;
        _leave = dispatch.Leave;
    }

    /// <summary>The top-level definition being walked.</summary>
    public DefinitionNode? Definition { get; private set; }

    public Node? GetAncestor(int generations) =>
        generations > 0 && generations <= _depth ? _path[_depth - generations] : null;

    /// <summary>Records the variable usages of one operation or fragment with a walk of that definition alone.</summary>
    public static void RecordVariableUsages(ValidationContext context, ExecutableDefinitionNode definition) =>
        new DocumentWalker(context, new TypeInfo(context.Schema), [], VisitorDispatch.Empty).WalkDefinition(definition);

    public void WalkDocument(DocumentNode document)
    {
        Enter(document);
        for (var i = 0; i < document.Definitions.Count; i++)
        {
            WalkDefinition(document.Definitions[i]);
        }

        Leave(document);
    }

    private void WalkDefinition(DefinitionNode definition)
    {
        Definition = definition;
        switch (definition)
        {
            case OperationDefinitionNode operation:
                WalkOperationDefinition(operation);
                break;
            case FragmentDefinitionNode fragment:
                WalkFragmentDefinition(fragment);
                break;
            default:
                WalkTypeSystemNode(definition);
                break;
        }

        Definition = null;
    }

    private void WalkOperationDefinition(OperationDefinitionNode node)
    {
        _typeInfo.Enter(node);
        Enter(node);
        BeginUsages();
        for (var i = 0; i < node.VariableDefinitions.Count; i++)
        {
            WalkVariableDefinition(node.VariableDefinitions[i]);
        }

        WalkDirectives(node.Directives);
        WalkSelectionSet(node.SelectionSet);
        EndUsages(node);
        Leave(node);
        _typeInfo.Leave(node);
    }

    private void WalkFragmentDefinition(FragmentDefinitionNode node)
    {
        _typeInfo.Enter(node);
        Enter(node);
        BeginUsages();
        for (var i = 0; i < node.VariableDefinitions.Count; i++)
        {
            WalkVariableDefinition(node.VariableDefinitions[i]);
        }

        WalkType(node.TypeCondition);
        WalkDirectives(node.Directives);
        WalkSelectionSet(node.SelectionSet);
        EndUsages(node);
        Leave(node);
        _typeInfo.Leave(node);
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        _typeInfo.Enter(node);
        Enter(node);

        // The defined variable itself is no usage (graphql-js's usage walk skips variable definitions).
        var recording = _recordingUsages;
        _recordingUsages = false;
        WalkType(node.Type);
        if (node.DefaultValue is not null)
        {
            WalkValue(node.DefaultValue);
        }

        WalkDirectives(node.Directives);
        _recordingUsages = recording;
        Leave(node);
        _typeInfo.Leave(node);
    }

    private void WalkSelectionSet(SelectionSetNode node)
    {
        StackGuard.Ensure();
        _typeInfo.Enter(node);
        Enter(node);
        for (var i = 0; i < node.Selections.Count; i++)
        {
            var selection = node.Selections[i];
            switch (selection)
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    Enter(spread);
                    WalkDirectives(spread.Directives);
                    Leave(spread);
                    break;
                case InlineFragmentNode inlineFragment:
                    WalkInlineFragment(inlineFragment);
                    break;
            }
        }

        Leave(node);
        _typeInfo.Leave(node);
    }

    private void WalkField(FieldNode node)
    {
        _typeInfo.Enter(node);
        Enter(node);
        for (var i = 0; i < node.Arguments.Count; i++)
        {
            WalkArgument(node.Arguments[i]);
        }

        WalkDirectives(node.Directives);
        if (node.SelectionSet is not null)
        {
            WalkSelectionSet(node.SelectionSet);
        }

        Leave(node);
        _typeInfo.Leave(node);
    }

    private void WalkInlineFragment(InlineFragmentNode node)
    {
        _typeInfo.Enter(node);
        Enter(node);
        if (node.TypeCondition is not null)
        {
            WalkType(node.TypeCondition);
        }

        WalkDirectives(node.Directives);
        WalkSelectionSet(node.SelectionSet);
        Leave(node);
        _typeInfo.Leave(node);
    }

    private void WalkArgument(ArgumentNode node)
    {
        _typeInfo.Enter(node);
        Enter(node);
        WalkValue(node.Value);
        Leave(node);
        _typeInfo.Leave(node);
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            _typeInfo.Enter(directive);
            Enter(directive);
            for (var j = 0; j < directive.Arguments.Count; j++)
            {
                WalkArgument(directive.Arguments[j]);
            }

            Leave(directive);
            _typeInfo.Leave(directive);
        }
    }

    private void WalkType(TypeNode node)
    {
        StackGuard.Ensure();
        Enter(node);
        switch (node)
        {
            case ListTypeNode list:
                WalkType(list.Type);
                break;
            case NonNullTypeNode nonNull:
                WalkType(nonNull.Type);
                break;
        }

        Leave(node);
    }

    private void WalkValue(ValueNode node)
    {
        switch (node)
        {
            case VariableNode variable:
                if (_recordingUsages)
                {
                    (_usages ??= []).Add(new VariableUsage(
                        variable, _typeInfo.InputType, _typeInfo.HasDefaultValue, _typeInfo.ParentInputType));
                }

                break;
            case ListValueNode list:
                StackGuard.Ensure();
                _typeInfo.Enter(list);
                Enter(list);
                for (var i = 0; i < list.Values.Count; i++)
                {
                    WalkValue(list.Values[i]);
                }

                Leave(list);
                _typeInfo.Leave(list);
                break;
            case ObjectValueNode objectValue:
                StackGuard.Ensure();
                Enter(objectValue);
                for (var i = 0; i < objectValue.Fields.Count; i++)
                {
                    var field = objectValue.Fields[i];
                    _typeInfo.Enter(field);
                    Enter(field);
                    WalkValue(field.Value);
                    Leave(field);
                    _typeInfo.Leave(field);
                }

                Leave(objectValue);
                break;
            case EnumValueNode enumValue:
                _typeInfo.Enter(enumValue);
                Enter(enumValue);
                Leave(enumValue);
                _typeInfo.Leave(enumValue);
                break;
            default:
                Enter(node);
                Leave(node);
                break;
        }
    }

    // A document in an executable request may still hold type system definitions; they are walked like graphql-js
    // walks them, so that rules about directives, types and values see them too.
    private void WalkTypeSystemNode(Node node)
    {
        Enter(node);
        switch (node)
        {
            case SchemaDefinitionNode schema:
                WalkDirectives(schema.Directives);
                WalkTypeSystemNodes(schema.OperationTypes);
                break;
            case SchemaExtensionNode schema:
                WalkDirectives(schema.Directives);
                WalkTypeSystemNodes(schema.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                WalkType(operationType.Type);
                break;
            case ObjectTypeDefinitionNode objectType:
                WalkTypes(objectType.Interfaces);
                WalkDirectives(objectType.Directives);
                WalkTypeSystemNodes(objectType.Fields);
                break;
            case ObjectTypeExtensionNode objectType:
                WalkTypes(objectType.Interfaces);
                WalkDirectives(objectType.Directives);
                WalkTypeSystemNodes(objectType.Fields);
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                WalkTypes(interfaceType.Interfaces);
                WalkDirectives(interfaceType.Directives);
                WalkTypeSystemNodes(interfaceType.Fields);
                break;
            case InterfaceTypeExtensionNode interfaceType:
                WalkTypes(interfaceType.Interfaces);
                WalkDirectives(interfaceType.Directives);
                WalkTypeSystemNodes(interfaceType.Fields);
                break;
            case FieldDefinitionNode field:
                WalkTypeSystemNodes(field.Arguments);
                WalkType(field.Type);
                WalkDirectives(field.Directives);
                break;
            case InputValueDefinitionNode inputValue:
                WalkType(inputValue.Type);
                if (inputValue.DefaultValue is not null)
                {
                    WalkValue(inputValue.DefaultValue);
                }

                WalkDirectives(inputValue.Directives);
                break;
            case UnionTypeDefinitionNode union:
                WalkDirectives(union.Directives);
                WalkTypes(union.Types);
                break;
            case UnionTypeExtensionNode union:
                WalkDirectives(union.Directives);
                WalkTypes(union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                WalkDirectives(enumType.Directives);
                WalkTypeSystemNodes(enumType.Values);
                break;
            case EnumTypeExtensionNode enumType:
                WalkDirectives(enumType.Directives);
                WalkTypeSystemNodes(enumType.Values);
                break;
            case InputObjectTypeDefinitionNode inputObject:
                WalkDirectives(inputObject.Directives);
                WalkTypeSystemNodes(inputObject.Fields);
                break;
            case InputObjectTypeExtensionNode inputObject:
                WalkDirectives(inputObject.Directives);
                WalkTypeSystemNodes(inputObject.Fields);
                break;
            case DirectiveDefinitionNode directive:
                WalkTypeSystemNodes(directive.Arguments);
                WalkDirectives(directive.Directives);
                break;
            case IHasDirectives withDirectives:
                // Scalar definitions and extensions, enum values, directive extensions: directives only.
                WalkDirectives(withDirectives.Directives);
                break;
        }

        Leave(node);
    }

    private void WalkTypeSystemNodes<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            WalkTypeSystemNode(nodes[i]);
        }
    }

    private void WalkTypes(IReadOnlyList<NamedTypeNode> types)
    {
        for (var i = 0; i < types.Count; i++)
        {
            WalkType(types[i]);
        }
    }

    private void BeginUsages()
    {
        _recordingUsages = true;
        _usages = null;
    }

    private void EndUsages(ExecutableDefinitionNode definition)
    {
        _recordingUsages = false;
        _context.RecordVariableUsages(definition, _usages is null ? [] : [.. _usages]);
        _usages = null;
    }

    private void Enter(Node node)
    {
        var indexes = _enter[(int)node.Kind];
        for (var i = 0; i < indexes.Length; i++)
        {
            var index = indexes[i];
            if (_skipping[index] is null && !InvokeEnter(_visitors[index], node))
            {
                _skipping[index] = node;
            }
        }

        if (_depth == _path.Length)
        {
            Array.Resize(ref _path, _depth * 2);
        }

        _path[_depth++] = node;
    }

    private void Leave(Node node)
    {
        _path[--_depth] = null!;
        var kind = (int)node.Kind;
        var indexes = _leave[kind];
        for (var i = 0; i < indexes.Length; i++)
        {
            var index = indexes[i];
            if (_skipping[index] is null)
            {
                InvokeLeave(_visitors[index], node);
            }
        }

        // A rule that skipped this node's children resumes after it.
        indexes = _enter[kind];
        for (var i = 0; i < indexes.Length; i++)
        {
            var index = indexes[i];
            if (ReferenceEquals(_skipping[index], node))
            {
                _skipping[index] = null;
            }
        }
    }

    private static bool InvokeEnter(ValidationVisitor visitor, Node node) => node.Kind switch
    {
        Kind.Document => visitor.EnterDocument((DocumentNode)node),
        Kind.OperationDefinition => visitor.EnterOperationDefinition((OperationDefinitionNode)node),
        Kind.VariableDefinition => visitor.EnterVariableDefinition((VariableDefinitionNode)node),
        Kind.SelectionSet => visitor.EnterSelectionSet((SelectionSetNode)node),
        Kind.Field => visitor.EnterField((FieldNode)node),
        Kind.Argument => visitor.EnterArgument((ArgumentNode)node),
        Kind.FragmentSpread => visitor.EnterFragmentSpread((FragmentSpreadNode)node),
        Kind.InlineFragment => visitor.EnterInlineFragment((InlineFragmentNode)node),
        Kind.FragmentDefinition => visitor.EnterFragmentDefinition((FragmentDefinitionNode)node),
        Kind.Directive => visitor.EnterDirective((DirectiveNode)node),
        Kind.NamedType => visitor.EnterNamedType((NamedTypeNode)node),
        Kind.IntValue or Kind.FloatValue or Kind.StringValue or Kind.BooleanValue or Kind.EnumValue =>
            visitor.EnterLeafValue((ValueNode)node),
        Kind.NullValue => visitor.EnterNullValue((NullValueNode)node),
        Kind.ListValue => visitor.EnterListValue((ListValueNode)node),
        Kind.ObjectValue => visitor.EnterObjectValue((ObjectValueNode)node),
        Kind.ObjectField => visitor.EnterObjectField((ObjectFieldNode)node),
        _ => visitor.EnterTypeSystemNode(node),
    };

    private static void InvokeLeave(ValidationVisitor visitor, Node node)
    {
        switch (node.Kind)
        {
            case Kind.Document: visitor.LeaveDocument((DocumentNode)node); break;
            case Kind.OperationDefinition: visitor.LeaveOperationDefinition((OperationDefinitionNode)node); break;
            case Kind.VariableDefinition: visitor.LeaveVariableDefinition((VariableDefinitionNode)node); break;
            case Kind.SelectionSet: visitor.LeaveSelectionSet((SelectionSetNode)node); break;
            case Kind.Field: visitor.LeaveField((FieldNode)node); break;
            case Kind.Argument: visitor.LeaveArgument((ArgumentNode)node); break;
            case Kind.FragmentSpread: visitor.LeaveFragmentSpread((FragmentSpreadNode)node); break;
            case Kind.InlineFragment: visitor.LeaveInlineFragment((InlineFragmentNode)node); break;
            case Kind.FragmentDefinition: visitor.LeaveFragmentDefinition((FragmentDefinitionNode)node); break;
            case Kind.Directive: visitor.LeaveDirective((DirectiveNode)node); break;
            case Kind.ListValue: visitor.LeaveListValue((ListValueNode)node); break;
            case Kind.ObjectValue: visitor.LeaveObjectValue((ObjectValueNode)node); break;
            case Kind.ObjectField: visitor.LeaveObjectField((ObjectFieldNode)node); break;
            default: visitor.LeaveTypeSystemNode(node); break;
        }
    }
}
