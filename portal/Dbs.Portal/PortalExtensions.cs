using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dbs.Portal;

/// <summary>Wires the Razor Pages portal into the host.</summary>
public static class PortalExtensions
{
    public static WebApplicationBuilder AddDbsPortal(this WebApplicationBuilder builder)
    {
        // The portal's stylesheet lives in this library; outside Development the host only finds it through the build's
        // static web assets manifest when told to (a published app has the files in wwwroot and no manifest).
        builder.WebHost.UseStaticWebAssets();

        var services = builder.Services;
        services.AddOptions<PortalOptions>()
            .Bind(builder.Configuration.GetSection(PortalOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRazorPages();

        // Danish letters stay readable in the HTML instead of becoming character references.
        services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }

    public static IEndpointRouteBuilder MapDbsPortal(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        return endpoints;
    }
}
