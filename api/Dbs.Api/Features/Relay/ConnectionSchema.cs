using Dbs.GraphQL.Types;

namespace Dbs.Api.Features.Relay;

/// <summary>Binds a generated <c>…Connection</c> type's computed field to <see cref="Connection{T}"/>.</summary>
internal static class ConnectionSchema
{
    /// <summary>
    /// Binds <paramref name="connectionTypeName"/>'s <c>totalCount</c>, which runs its COUNT only when selected;
    /// <c>edges</c>, <c>nodes</c> and <c>pageInfo</c> are the connection's own properties.
    /// </summary>
    public static SchemaBuilder AddConnection<T>(this SchemaBuilder builder, string connectionTypeName) =>
        builder.AddResolver(connectionTypeName, "totalCount", TotalCount<T>);

    private static async ValueTask<object?> TotalCount<T>(IResolverContext context) =>
        await context.ParentAs<Connection<T>>().TotalCount(context.RequestAborted);
}
