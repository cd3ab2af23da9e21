using Microsoft.AspNetCore.Authentication;

namespace Dbs.Api.Authentication;

/// <summary>Wires the API's authentication: API tokens as the default scheme.</summary>
internal static class AuthenticationSetup
{
    public static IServiceCollection AddDbsAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(ApiTokenAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        return services;
    }
}
