namespace Dbs.Api.Features.Relay;

/// <summary>One item of a connection and its cursor.</summary>
public sealed record Edge<T>(string Cursor, T Node);
