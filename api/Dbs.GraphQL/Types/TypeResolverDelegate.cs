namespace Dbs.GraphQL.Types;

/// <summary>
/// Names the object type of a value returned for an interface or union field (spec §6.4.3 ResolveAbstractType);
/// null when it cannot tell.
/// </summary>
public delegate string? TypeResolverDelegate(object value, IResolverContext context);
