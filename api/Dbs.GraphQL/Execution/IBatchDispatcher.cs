namespace Dbs.GraphQL.Execution;

/// <summary>A DataLoader as its <see cref="BatchScheduler"/> sees it: something with keys waiting to be fetched.</summary>
internal interface IBatchDispatcher
{
    Task DispatchAsync(CancellationToken cancellationToken);
}
