using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Dbs.Api.Authentication;

/// <summary>
/// Wires the API's authentication: the API-token scheme and, when configured, JWT bearer tokens from an external
/// OpenID provider. The GraphQL endpoint asks for them by name; neither is the default scheme (the portal's cookie
/// session is), and they never stand in for each other.
/// </summary>
internal static class AuthenticationSetup
{
    public const string JwtScheme = JwtBearerDefaults.AuthenticationScheme;

    public static IServiceCollection AddDbsAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var authentication = services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        var section = configuration.GetSection(JwtOptions.SectionName);
        services.AddOptions<JwtOptions>().Bind(section);
        var jwt = section.Get<JwtOptions>() ?? new JwtOptions();
        if (!jwt.IsEnabled)
        {
            return services;
        }

        services.AddScoped<JwtActorMapping>();
        authentication.AddJwtBearer(JwtScheme, options =>
        {
            options.Authority = jwt.Authority;
            options.Audience = jwt.Audience;
            options.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = true,
                ValidIssuer = string.IsNullOrWhiteSpace(jwt.Issuer) ? null : jwt.Issuer,
                ValidateAudience = true,
                ValidAudience = jwt.Audience,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ValidateIssuerSigningKey = true,
                ClockSkew = TimeSpan.FromSeconds(jwt.ClockSkewSeconds),
            };
            options.Events = new JwtBearerEvents
            {
                OnTokenValidated = context => context.HttpContext.RequestServices.GetRequiredService<JwtActorMapping>().MapAsync(context),
            };
        });

        // Lifetimes are judged by the host's clock (TimeProvider), like every other deadline in DBS.
        services.AddOptions<JwtBearerOptions>(JwtScheme).Configure<TimeProvider>((options, clock) =>
        {
            options.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                return expires is { } end && now <= end.ToUniversalTime() + parameters.ClockSkew
                    && (notBefore is not { } start || now >= start.ToUniversalTime() - parameters.ClockSkew);
            };
        });
        return services;
    }

    /// <summary>Whether JWT bearer tokens are accepted (an OpenID provider is configured).</summary>
    public static bool IsJwtEnabled(IServiceProvider services) =>
        services.GetRequiredService<IOptions<JwtOptions>>().Value.IsEnabled;
}
