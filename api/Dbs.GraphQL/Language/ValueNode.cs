namespace Dbs.GraphQL.Language;

/// <summary>An input value literal or a variable (spec §2.9 Input Values).</summary>
public abstract class ValueNode : Node
{
}
