using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Types;

/// <summary>
/// A field of an object or interface type (spec §3.6) with its bound resolver. Every field of an object type in a
/// <see cref="Schema"/> has a resolver: the one given, or the default binding that reads the same-named member of
/// the parent (see <see cref="ParentReader"/>).
/// </summary>
public sealed class FieldDefinition : INamedElement
{
    public FieldDefinition(
        string name,
        GraphQLType type,
        IEnumerable<ArgumentDefinition>? arguments = null,
        string? description = null,
        string? deprecationReason = null,
        FieldResolverDelegate? resolver = null,
        FieldDefinitionNode? astNode = null)
    {
        Names.Assert(name);
        Name = name;
        Type = type;
        Arguments = arguments is null ? DefinitionList<ArgumentDefinition>.Empty : new(arguments);
        Description = description;
        DeprecationReason = deprecationReason;
        Resolver = resolver;
        AstNode = astNode;
    }

    public string Name { get; }

    public string? Description { get; }

    public GraphQLType Type { get; }

    public DefinitionList<ArgumentDefinition> Arguments { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public FieldDefinitionNode? AstNode { get; }

    /// <summary>The directives applied to this field in SDL.</summary>
    public IReadOnlyList<DirectiveNode> Directives => AstNode?.Directives ?? [];

    /// <summary>The resolver; set for every object type field once the field belongs to a schema.</summary>
    public FieldResolverDelegate? Resolver { get; internal set; }

    /// <summary>For a subscription root field: the source event stream (graphql-js's <c>subscribe</c>).</summary>
    public SubscribeResolverDelegate? Subscriber { get; internal set; }

    /// <summary>
    /// Set when the field is bound by default (no registered resolver): the synchronous read the
    /// <see cref="Resolver"/> wraps.
    /// </summary>
    public ParentValueReader? ParentReader { get; internal set; }

    public override string ToString() => Name;
}
