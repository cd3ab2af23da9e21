namespace Dbs.GraphQL.Language;

/// <summary>The <c>null</c> literal (spec §2.9.5 Null Value).</summary>
public sealed class NullValueNode : ValueNode
{
    public override Kind Kind => Kind.NullValue;
}
