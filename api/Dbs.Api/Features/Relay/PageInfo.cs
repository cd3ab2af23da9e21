namespace Dbs.Api.Features.Relay;

/// <summary>Relay's <c>PageInfo</c>.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
