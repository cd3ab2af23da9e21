namespace Dbs.GraphQL.Language;

/// <summary>A whole GraphQL document: a list of definitions (spec §2.2 Document).</summary>
public sealed class DocumentNode : Node
{
    public override Kind Kind => Kind.Document;

    public IReadOnlyList<DefinitionNode> Definitions { get; init; } = [];

    public int? TokenCount { get; init; }
}
