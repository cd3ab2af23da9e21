using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dbs.Portal.Evidence;
using Dbs.Portal.Pages.Questionnaire;
using Dbs.Portal.SignIn;
using Dbs.Portal.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
        var environment = builder.Environment;
        services.AddOptions<PortalOptions>()
            .Bind(builder.Configuration.GetSection(PortalOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<OidcOptions>().Bind(builder.Configuration.GetSection(OidcOptions.SectionName));
        var evidenceSection = builder.Configuration.GetSection(EvidenceOptions.SectionName);
        services.AddOptions<EvidenceOptions>().Bind(evidenceSection).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<EvidenceStore>();
        var evidence = evidenceSection.Get<EvidenceOptions>() ?? new EvidenceOptions();
        services.AddPortalAuthentication(environment);
        services.AddScoped<ThisYearsQuestionnaire>();
        services.AddLocalization();
        services.AddScoped<Labels>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(PortalCultures.Danish);
            options.SupportedCultures = [.. PortalCultures.Requestable];
            options.SupportedUICultures = [.. PortalCultures.Requestable];
            // The language switch's cookie first, then the browser's Accept-Language; no query string.
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Overview");
            options.Conventions.AuthorizeFolder("/Questionnaire");
            options.Conventions.AuthorizeFolder("/SubProcessors");
            options.Conventions.AuthorizeFolder("/Findings");
            options.Conventions.AddPageApplicationModelConvention("/Questionnaire/Edit", model =>
            {
                // The questionnaire's posts carry evidence files: room for one a little over the file limit (which the
                // store then reports), and a notice instead of an error page for anything larger.
                model.Filters.Add(new RequestSizeLimitAttribute(evidence.MaxRequestBytes));
                model.Filters.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = evidence.MaxRequestBytes });
                model.Filters.Add(new TooLargePostFilter(evidence.MaxRequestBytes));
            });
            if (!environment.IsDevelopment())
            {
                // The demo sign-in has no routes outside Development: it cannot be reached there at all.
                options.Conventions.AddFolderRouteModelConvention("/Development", model => model.Selectors.Clear());
            }
        }).AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "Dbs.Antiforgery";
            options.Cookie.SecurePolicy = PortalAuthentication.SecurePolicy(environment);
        });

        // Danish letters stay readable in the HTML instead of becoming character references.
        services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }

    /// <summary>
    /// Answers the portal's pages in the request's language. Only pages: the API's responses must not depend on the
    /// caller's language.
    /// </summary>
    public static IApplicationBuilder UseDbsPortal(this IApplicationBuilder app) =>
        app.UseWhen(context => context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not null,
            pages => pages.UseRequestLocalization());

    public static IEndpointRouteBuilder MapDbsPortal(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        endpoints.MapLanguageSwitch();
        return endpoints;
    }
}
