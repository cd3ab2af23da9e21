using Microsoft.AspNetCore.Authentication;

namespace Dbs.Api.Authentication;

/// <summary>
/// Wires the API's authentication: the API-token scheme, which the GraphQL endpoint asks for by name. It is not the
/// default scheme: the portal's cookie session is, and the two never stand in for each other.
/// </summary>
internal static class AuthenticationSetup
{
    public static IServiceCollection AddDbsAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        return services;
    }
}
