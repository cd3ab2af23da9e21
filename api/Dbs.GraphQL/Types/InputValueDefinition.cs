using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Types;

/// <summary>
/// What arguments and input fields share (spec §3.6.1, §3.10): a name, an input type, an optional default value
/// (held as the coerced CLR value, printed back through <c>AstFromValue</c>) and an optional deprecation.
/// </summary>
public abstract class InputValueDefinition : INamedElement
{
    private protected InputValueDefinition(string name, GraphQLType type, string? description, bool hasDefaultValue,
        object? defaultValue, string? deprecationReason, InputValueDefinitionNode? astNode)
    {
        Names.Assert(name);
        Name = name;
        Type = type;
        Description = description;
        HasDefaultValue = hasDefaultValue;
        DefaultValue = defaultValue;
        DeprecationReason = deprecationReason;
        AstNode = astNode;
    }

    public string Name { get; }

    public string? Description { get; }

    public GraphQLType Type { get; }

    /// <summary>False when no default was given; then <see cref="DefaultValue"/> is meaningless (not null).</summary>
    public bool HasDefaultValue { get; }

    public object? DefaultValue { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Non-null without a default: a value must be given (spec "required argument/input field").</summary>
    public bool IsRequired => Type is NonNullType && !HasDefaultValue;

    public InputValueDefinitionNode? AstNode { get; }

    /// <summary>The directives applied to this definition in SDL.</summary>
    public IReadOnlyList<DirectiveNode> Directives => AstNode?.Directives ?? [];

    public override string ToString() => Name;
}
