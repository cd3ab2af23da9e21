namespace Dbs.GraphQL.Language;

/// <summary>An operation or a fragment definition (spec §2.2 ExecutableDefinition).</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives
{
    /// <summary>The description before the definition (spec September 2025 §2.2 Descriptions).</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>
    /// Declared variables. Always empty for fragments unless the parser allowed legacy fragment variables.
    /// </summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public required SelectionSetNode SelectionSet { get; init; }
}
