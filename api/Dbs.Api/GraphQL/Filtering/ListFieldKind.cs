namespace Dbs.Api.GraphQL.Filtering;

/// <summary>What a <see cref="ListField"/> is, which decides its operation input and how it sorts.</summary>
public enum ListFieldKind
{
    /// <summary>Text: <c>StringOperationFilterInput</c>, matched ignoring case.</summary>
    String,

    /// <summary>An ordered value (Int, Date, DateTime): <c>IntOperationFilterInput</c> and the like.</summary>
    Comparable,

    /// <summary>An enum: <c>&lt;Enum&gt;OperationFilterInput</c> with eq/neq/in/nin; sorts in declaration (lifecycle) order.</summary>
    Enum,

    /// <summary>A Boolean: <c>BooleanOperationFilterInput</c>; false sorts before true.</summary>
    Boolean,

    /// <summary>One related entity, filtered and sorted by its own fields.</summary>
    Relation,

    /// <summary>Related entities, filtered with all/none/some/any (not sortable).</summary>
    List,
}
