namespace Dbs.GraphQL.Language;

/// <summary>A top-level definition of a document (spec §2.2 Document).</summary>
public abstract class DefinitionNode : Node
{
}
