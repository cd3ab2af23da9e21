using System.Linq.Expressions;

namespace Dbs.Api.GraphQL.Filtering;

/// <summary>The entity-independent part of a <see cref="ListDescriptor{T}"/>: names and fields, for the schema and translation.</summary>
public abstract class ListDescriptor
{
    private readonly List<ListField> _fields = [];

    private protected ListDescriptor(string name, Type entityType, LambdaExpression id)
    {
        Name = name;
        EntityType = entityType;
        Id = id;
    }

    /// <summary>The GraphQL object type's name, e.g. <c>Agreement</c>.</summary>
    public string Name { get; }

    public Type EntityType { get; }

    /// <summary>The entity's integer key (<see cref="int"/> or <see cref="long"/>), the final tie-breaker of every order.</summary>
    public LambdaExpression Id { get; }

    public IReadOnlyList<ListField> Fields => _fields;

    public string FilterTypeName => Name + "FilterInput";

    public string SortTypeName => Name + "SortInput";

    public ListField? Field(string name) => _fields.Find(f => f.Name == name);

    private protected void Add(ListField field)
    {
        if (Field(field.Name) is not null || field.Name is "and" or "or")
        {
            throw new InvalidOperationException($"{Name} already has a filter field named {field.Name}.");
        }

        _fields.Add(field);
    }
}
