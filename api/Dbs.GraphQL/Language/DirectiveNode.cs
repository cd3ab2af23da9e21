namespace Dbs.GraphQL.Language;

/// <summary>A directive applied with <c>@name(args)</c> (spec §2.12 Directives).</summary>
public sealed class DirectiveNode : Node
{
    public override Kind Kind => Kind.Directive;

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}
