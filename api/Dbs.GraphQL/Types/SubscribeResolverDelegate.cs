namespace Dbs.GraphQL.Types;

/// <summary>
/// Creates the source stream of a subscription root field (spec §6.2.3.1 CreateSourceEventStream); each event is
/// then executed as the root value of the subscription's selection set, resolving the field with
/// <see cref="FieldDefinition.Resolver"/>.
/// </summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolverDelegate(IResolverContext context);
