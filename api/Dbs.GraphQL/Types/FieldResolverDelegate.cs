namespace Dbs.GraphQL.Types;

/// <summary>Produces the value of one field for one parent object (spec §6.4.2 ResolveFieldValue).</summary>
public delegate ValueTask<object?> FieldResolverDelegate(IResolverContext context);
