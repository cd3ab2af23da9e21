using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Dbs.Api.Benchmarks;

/// <summary>
/// One measured request: a GraphQL request body for <c>/graphql</c>, and the hand-written SQL that produces the same
/// <c>data</c>, byte for byte (checked before any figure counts).
/// </summary>
internal sealed record Scenario(string Name, string Route, string GraphQLBody,
    Func<SqliteConnection, Utf8JsonWriter, CancellationToken, Task> WriteRaw);
