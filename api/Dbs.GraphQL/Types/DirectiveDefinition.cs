using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Types;

/// <summary>A directive a schema supports (spec §3.13), built-in or declared in SDL.</summary>
public sealed class DirectiveDefinition : INamedElement
{
    public DirectiveDefinition(
        string name,
        IEnumerable<DirectiveLocation> locations,
        IEnumerable<ArgumentDefinition>? arguments = null,
        string? description = null,
        bool isRepeatable = false,
        string? deprecationReason = null,
        DirectiveDefinitionNode? astNode = null)
    {
        Names.Assert(name);
        Name = name;
        Locations = [.. locations];
        Arguments = arguments is null ? DefinitionList<ArgumentDefinition>.Empty : new(arguments);
        Description = description;
        IsRepeatable = isRepeatable;
        DeprecationReason = deprecationReason;
        AstNode = astNode;
    }

    public string Name { get; }

    public string? Description { get; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public DefinitionList<ArgumentDefinition> Arguments { get; }

    public bool IsRepeatable { get; }

    /// <summary>graphql-js 16.15 lets directive definitions be deprecated too (<c>__Directive.isDeprecated</c>).</summary>
    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public DirectiveDefinitionNode? AstNode { get; }

    public override string ToString() => "@" + Name;
}
