namespace Dbs.Api.Features.Relay;

/// <summary>A connection field's arguments: <c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>.</summary>
public sealed record PageArguments(int? First, string? After, int? Last, string? Before);
