using System.Linq.Expressions;
using System.Reflection;
using Dbs.Domain.Access;

namespace Dbs.Api.GraphQL.Filtering;

/// <summary>
/// One filterable (and, unless it is a list, sortable) field of a <see cref="ListDescriptor"/>: a value read by
/// <see cref="Selector"/>, or related entities reached by <see cref="Related"/> through the caller's
/// <see cref="AccessScope"/> (so a filter or sort on a relation sees only what the caller may see).
/// </summary>
public sealed class ListField
{
    private static readonly NullabilityInfoContext Nullability = new();

    internal ListField(string name, string description, ListFieldKind kind, LambdaExpression? selector,
        Func<AccessScope, LambdaExpression>? related, Func<ListDescriptor>? target)
    {
        Name = name;
        Description = description;
        Kind = kind;
        Selector = selector;
        Related = related;
        Target = target;
    }

    public string Name { get; }

    public string Description { get; }

    public ListFieldKind Kind { get; }

    /// <summary>The value, <c>entity =&gt; value</c>, for the scalar kinds.</summary>
    public LambdaExpression? Selector { get; }

    /// <summary>The related entities as the caller sees them, <c>scope =&gt; entity =&gt; IQueryable</c>.</summary>
    public Func<AccessScope, LambdaExpression>? Related { get; }

    /// <summary>The related entities' descriptor, for relations and lists (deferred: descriptors may refer to each other).</summary>
    public Func<ListDescriptor>? Target { get; }

    public bool IsSortable => Kind != ListFieldKind.List;

    /// <summary>The CLR type of the value (for scalar kinds).</summary>
    public Type ValueType => Selector?.ReturnType ?? typeof(object);

    /// <summary>Whether the value can be missing: a nullable value type, or a reference annotated as nullable.</summary>
    public bool IsNullable => Selector is { } selector && (Nullable.GetUnderlyingType(selector.ReturnType) is not null
        || (!selector.ReturnType.IsValueType && (selector.Body is not MemberExpression { Member: PropertyInfo property }
            || Nullability.Create(property).ReadState != NullabilityState.NotNull)));

    /// <summary>The GraphQL scalar or enum the operations take.</summary>
    public string ScalarName
    {
        get
        {
            var type = Nullable.GetUnderlyingType(ValueType) ?? ValueType;
            return Kind switch
            {
                ListFieldKind.String => "String",
                ListFieldKind.Boolean => "Boolean",
                ListFieldKind.Enum => type.Name,
                _ when type == typeof(int) => "Int",
                _ when type == typeof(DateOnly) => "Date",
                _ when type == typeof(DateTimeOffset) => "DateTime",
                _ => throw new InvalidOperationException($"{Name}: no GraphQL scalar for {type.Name}."),
            };
        }
    }

    /// <summary>The input type of the field in the filter input (HotChocolate's names).</summary>
    public string FilterTypeName => Kind switch
    {
        ListFieldKind.Relation => Target!().FilterTypeName,
        ListFieldKind.List => "ListFilterInputTypeOf" + Target!().FilterTypeName,
        _ => ScalarName + "OperationFilterInput",
    };

    /// <summary>The input type of the field in the sort input.</summary>
    public string SortTypeName => Kind == ListFieldKind.Relation ? Target!().SortTypeName : "SortEnumType";
}
