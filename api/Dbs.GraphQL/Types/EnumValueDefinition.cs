using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Types;

/// <summary>
/// One value of an enum type (spec §3.9). <see cref="Value"/> is its CLR representation: the name string unless
/// bound to something else (a CLR enum member when the enum type is bound to a CLR enum).
/// </summary>
public sealed class EnumValueDefinition : INamedElement
{
    public EnumValueDefinition(string name, object? value = null, string? description = null,
        string? deprecationReason = null, EnumValueDefinitionNode? astNode = null)
    {
        Names.AssertEnumValue(name);
        Name = name;
        Value = value ?? name;
        Description = description;
        DeprecationReason = deprecationReason;
        AstNode = astNode;
    }

    public string Name { get; }

    public string? Description { get; }

    public object Value { get; internal set; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? AstNode { get; }

    public IReadOnlyList<DirectiveNode> Directives => AstNode?.Directives ?? [];

    public override string ToString() => Name;
}
