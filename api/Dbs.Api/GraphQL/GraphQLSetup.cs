using Dbs.Api.Features.Acknowledgements;
using Dbs.Api.Features.Agreements;
using Dbs.Api.Features.AuditEvents;
using Dbs.Api.Features.Dashboards;
using Dbs.Api.Features.Errors;
using Dbs.Api.Features.Findings;
using Dbs.Api.Features.ItSystems;
using Dbs.Api.Features.Me;
using Dbs.Api.Features.Municipalities;
using Dbs.Api.Features.Questionnaires;
using Dbs.Api.Features.Relay;
using Dbs.Api.Features.SubProcessors;
using Dbs.Api.Features.Suppliers;
using Dbs.Api.Features.Supervisions;
using Dbs.GraphQL.Execution;
using Dbs.GraphQL.Execution.CostAnalysis;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;
using Microsoft.Extensions.Options;

namespace Dbs.Api.GraphQL;

/// <summary>The GraphQL API: the features' schema fragments and resolvers, served at <c>/graphql</c>.</summary>
internal static class GraphQLSetup
{
    public const string Path = "/graphql";

    public static WebApplicationBuilder AddDbsGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphQLHttpOptions>().Bind(builder.Configuration.GetSection(GraphQLHttpOptions.SectionName));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<RequestData>();
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
            return new RequestExecutor(CreateSchema(), ExecutorOptions(options, development));
        });
        builder.Services.AddSingleton<GraphQLHttpEndpoint>();
        builder.Services.AddSingleton<GraphiQLPage>();
        return builder;
    }

    /// <summary>The engine's options from the endpoint's settings: a limit of 0 (or less) is off.</summary>
    public static RequestExecutorOptions ExecutorOptions(GraphQLHttpOptions options, bool development)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new RequestExecutorOptions
        {
            MaxExecutionDepth = Limit(options.MaxExecutionDepth),
            MaxFieldCount = Limit(options.MaxFieldCount),
            MaxAliasCount = Limit(options.MaxAliasCount),
            MaxDirectivesPerLocation = Limit(options.MaxDirectivesPerLocation),
            Cost = new CostOptions
            {
                MaxFieldCost = options.MaxFieldCost > 0 ? options.MaxFieldCost : null,
                MaxTypeCost = options.MaxTypeCost > 0 ? options.MaxTypeCost : null,
            },
            ExecutionTimeout = options.ExecutionTimeoutSeconds > 0 ? TimeSpan.FromSeconds(options.ExecutionTimeoutSeconds) : null,
            IncludeExceptionDetails = options.IncludeExceptionDetails ?? development,
            HideSuggestions = !(options.IncludeSuggestions ?? development),
        };

        static int? Limit(int value) => value > 0 ? value : null;
    }

    public static WebApplication MapDbsGraphQL(this WebApplication app)
    {
        app.Map(Path, context => context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context));
        var sdl = SchemaPrinter.PrintSchema(app.Services.GetRequiredService<RequestExecutor>().Schema) + "\n";
        app.MapGet(Path + "/schema.graphql", () => Results.Text(sdl, "text/plain; charset=utf-8"));
        app.MapGet(GraphiQLPage.AssetPath + "/{name}", (string name, GraphiQLPage page) => page.Asset(name));
        return app;
    }

    /// <summary>
    /// The served schema: each feature's SDL fragment (<c>Features/&lt;Noun&gt;/*.graphql</c>, embedded) bound to its
    /// resolvers. <c>schema.graphql</c> at the repository root is this schema printed (<c>schema export</c>).
    /// </summary>
    public static Schema CreateSchema()
    {
        var builder = SchemaBuilder.New().AddDocumentFromString(CostDirectives.Sdl);
        foreach (var fragment in ReadFragments())
        {
            builder.AddDocumentFromString(fragment);
        }

        return builder
            .AddRelay()
            .AddMe()
            .AddMunicipalities()
            .AddAgreements()
            .AddSuppliers()
            .AddItSystems()
            .AddSupervisions()
            .AddFindings()
            .AddMutationErrors()
            .AddSupervisionMutations()
            .AddFindingMutations()
            .AddAcknowledgements()
            .AddSubProcessors()
            .AddQuestionnaires()
            .AddAuditEvents()
            .AddDashboards()
            .Create();
    }

    /// <summary>
    /// The SDL fragments in a fixed order: the one that defines <c>Query</c> first, the rest by resource name (which
    /// is the order <c>schema.graphql</c> prints them in).
    /// </summary>
    private static IEnumerable<string> ReadFragments()
    {
        var assembly = typeof(GraphQLSetup).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith(".graphql", StringComparison.Ordinal))
            .OrderBy(name => name == RootFragment ? 0 : 1)
            .ThenBy(name => name, StringComparer.Ordinal);
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The schema fragment {name} is not embedded in the host.");
            using var reader = new StreamReader(stream);
            yield return reader.ReadToEnd();
        }
    }

    private const string RootFragment = "Schema/Features/Relay/Relay.graphql";
}
