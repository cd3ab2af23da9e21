namespace Dbs.GraphQL.Types;

/// <summary>
/// Reads a field's value straight from the parent object, synchronously: the default binding (a compiled property
/// getter or a dictionary lookup). The executor may call it instead of <see cref="FieldDefinition.Resolver"/> to skip
/// the resolver context and the <see cref="ValueTask{TResult}"/>.
/// </summary>
public delegate object? ParentValueReader(object? parent);
