namespace Dbs.Api.Features.Relay;

/// <summary>
/// One page of a Relay connection. <see cref="TotalCount"/> is counted only when the query asks for it.
/// </summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> count)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;

    public IReadOnlyList<T> Nodes => [.. Edges.Select(e => e.Node)];

    public PageInfo PageInfo { get; } = pageInfo;

    public Task<int> TotalCount(CancellationToken cancellationToken) => count(cancellationToken);
}
