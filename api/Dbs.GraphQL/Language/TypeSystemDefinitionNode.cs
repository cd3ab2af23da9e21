namespace Dbs.GraphQL.Language;

/// <summary>A schema, type or directive definition (spec §3.0 TypeSystemDefinition).</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
}
