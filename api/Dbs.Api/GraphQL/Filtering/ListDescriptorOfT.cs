using System.Linq.Expressions;
using Dbs.Domain.Access;

namespace Dbs.Api.GraphQL.Filtering;

/// <summary>
/// The filterable and sortable fields of one list's entity, from which the schema gets <c>&lt;Name&gt;FilterInput</c>,
/// <c>&lt;Name&gt;SortInput</c> and the operation inputs they use (HotChocolate's shapes and names), and a request's
/// <c>where</c>/<c>order</c> become a SQL <c>WHERE</c>/<c>ORDER BY</c> (never filtered in memory).
/// <para>
/// Adding filtering and sorting to a list:
/// <list type="number">
/// <item>a descriptor beside the feature's queries, e.g.
/// <c>new ListDescriptor&lt;Questionnaire&gt;("Questionnaire", q =&gt; q.Id).Enum("status", q =&gt; q.Status, "…")
/// .Relation("supplier", scope =&gt; q =&gt; scope.Suppliers.Where(s =&gt; s.Id == q.SupplierId), () =&gt; SupplierFilters.Descriptor, "…")</c>
/// — relations and lists always go through the <see cref="AccessScope"/>, so they match only what the caller may see;</item>
/// <item><c>.AddListing(descriptor)</c> in the feature's schema registration (generates the input types);</item>
/// <item>two arguments on the root field's SDL, <c>where: QuestionnaireFilterInput</c> and
/// <c>order: [QuestionnaireSortInput!]</c>, and in the resolver
/// <c>Paging.PageAsync(data, scope =&gt; scope.Questionnaires.AsNoTracking(), descriptor.Query(where, order), …)</c>.</item>
/// </list>
/// </para>
/// </summary>
public sealed class ListDescriptor<T> : ListDescriptor
{
    public ListDescriptor(string name, Expression<Func<T, int>> id)
        : base(name, typeof(T), id)
    {
    }

    /// <summary>A list keyed by a 64-bit integer (e.g. the audit trail's).</summary>
    public ListDescriptor(string name, Expression<Func<T, long>> id)
        : base(name, typeof(T), id)
    {
    }

    /// <summary>Text, matched ignoring case (see <see cref="Dbs.Domain.Persistence.TextFolding"/>).</summary>
    public ListDescriptor<T> String(string name, Expression<Func<T, string?>> value, string description) =>
        With(new ListField(name, description, ListFieldKind.String, value, null, null));

    /// <summary>An Int, Date (<see cref="DateOnly"/>) or DateTime (<see cref="DateTimeOffset"/>) value, nullable or not.</summary>
    public ListDescriptor<T> Comparable<TValue>(string name, Expression<Func<T, TValue>> value, string description) =>
        With(new ListField(name, description, ListFieldKind.Comparable, value, null, null));

    /// <summary>An enum bound to the GraphQL enum of the same name.</summary>
    public ListDescriptor<T> Enum<TEnum>(string name, Expression<Func<T, TEnum>> value, string description)
        where TEnum : struct, System.Enum =>
        With(new ListField(name, description, ListFieldKind.Enum, value, null, null));

    public ListDescriptor<T> Boolean(string name, Expression<Func<T, bool>> value, string description) =>
        With(new ListField(name, description, ListFieldKind.Boolean, value, null, null));

    /// <summary>One related entity (at most one row), as the caller's scope shows it.</summary>
    public ListDescriptor<T> Relation<TRelated>(string name, Func<AccessScope, Expression<Func<T, IQueryable<TRelated>>>> related,
        Func<ListDescriptor<TRelated>> target, string description) =>
        With(new ListField(name, description, ListFieldKind.Relation, null, related, target));

    /// <summary>Related entities, as the caller's scope shows them; filtered with all/none/some/any.</summary>
    public ListDescriptor<T> List<TRelated>(string name, Func<AccessScope, Expression<Func<T, IQueryable<TRelated>>>> related,
        Func<ListDescriptor<TRelated>> target, string description) =>
        With(new ListField(name, description, ListFieldKind.List, null, related, target));

    /// <summary>
    /// A request's <c>where</c> and <c>order</c> arguments, checked against the limits (a <c>GraphQLError</c> with an
    /// <c>extensions.code</c> otherwise), ready to apply to the caller's scoped query.
    /// </summary>
    public ListQuery<T> Query(IReadOnlyDictionary<string, object?>? where, IReadOnlyList<object?>? order)
    {
        FilterLimits.Check(where);
        return new ListQuery<T>(this, where, Sorting.SortPath.Parse(this, order));
    }

    private ListDescriptor<T> With(ListField field)
    {
        Add(field);
        return this;
    }
}
