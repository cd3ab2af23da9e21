using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Validation;

/// <summary>
/// What a validation rule does at each node of the one walk over a document. Override the methods for the nodes the
/// rule cares about; the walk calls only overridden methods. An <c>Enter…</c> method returning false skips the
/// node's children for this rule alone (graphql-js's <c>return false</c> inside <c>visitInParallel</c>); its
/// <c>Leave…</c> method is then not called for that node either. When a method runs,
/// <see cref="ValidationContext.TypeInfo"/> already describes the node (on enter) or still does (on leave).
/// </summary>
public abstract class ValidationVisitor
{
    public virtual bool EnterDocument(DocumentNode node) => true;

    public virtual void LeaveDocument(DocumentNode node)
    {
    }

    public virtual bool EnterOperationDefinition(OperationDefinitionNode node) => true;

    public virtual void LeaveOperationDefinition(OperationDefinitionNode node)
    {
    }

    public virtual bool EnterVariableDefinition(VariableDefinitionNode node) => true;

    public virtual void LeaveVariableDefinition(VariableDefinitionNode node)
    {
    }

    public virtual bool EnterSelectionSet(SelectionSetNode node) => true;

    public virtual void LeaveSelectionSet(SelectionSetNode node)
    {
    }

    public virtual bool EnterField(FieldNode node) => true;

    public virtual void LeaveField(FieldNode node)
    {
    }

    public virtual bool EnterArgument(ArgumentNode node) => true;

    public virtual void LeaveArgument(ArgumentNode node)
    {
    }

    public virtual bool EnterFragmentSpread(FragmentSpreadNode node) => true;

    public virtual void LeaveFragmentSpread(FragmentSpreadNode node)
    {
    }

    public virtual bool EnterInlineFragment(InlineFragmentNode node) => true;

    public virtual void LeaveInlineFragment(InlineFragmentNode node)
    {
    }

    public virtual bool EnterFragmentDefinition(FragmentDefinitionNode node) => true;

    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    public virtual bool EnterDirective(DirectiveNode node) => true;

    public virtual void LeaveDirective(DirectiveNode node)
    {
    }

    public virtual bool EnterNamedType(NamedTypeNode node) => true;

    /// <summary>An Int, Float, String, Boolean or Enum literal (string values that are descriptions are not visited).</summary>
    public virtual bool EnterLeafValue(ValueNode node) => true;

    public virtual bool EnterNullValue(NullValueNode node) => true;

    public virtual bool EnterListValue(ListValueNode node) => true;

    public virtual void LeaveListValue(ListValueNode node)
    {
    }

    public virtual bool EnterObjectValue(ObjectValueNode node) => true;

    public virtual void LeaveObjectValue(ObjectValueNode node)
    {
    }

    public virtual bool EnterObjectField(ObjectFieldNode node) => true;

    public virtual void LeaveObjectField(ObjectFieldNode node)
    {
    }

    /// <summary>
    /// Any type system node (schema, type, field, argument, enum value or directive definition, or an extension),
    /// which an executable document may hold even though <see cref="Rules.ExecutableDefinitionsRule"/> rejects it.
    /// </summary>
    public virtual bool EnterTypeSystemNode(Node node) => true;

    public virtual void LeaveTypeSystemNode(Node node)
    {
    }
}
