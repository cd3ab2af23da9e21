using Dbs.Api.Features.Agreements;
using Dbs.Api.Features.Findings;
using Dbs.Api.Features.ItSystems;
using Dbs.Api.Features.Me;
using Dbs.Api.Features.Municipalities;
using Dbs.Api.Features.Relay;
using Dbs.Api.Features.Suppliers;
using Dbs.Api.Features.Supervisions;
using Dbs.Domain.Agreements;
using Dbs.Domain.Findings;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Municipalities;
using Dbs.Domain.Suppliers;
using Dbs.Domain.Supervisions;
using Dbs.GraphQL.Execution;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;
using Microsoft.Extensions.Options;

namespace Dbs.Api.GraphQL;

/// <summary>The GraphQL API: the schema from <c>schema.graphql</c> with the features' resolvers, and <c>/graphql</c>.</summary>
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
            return new RequestExecutor(CreateSchema(), new RequestExecutorOptions
            {
                MaxExecutionDepth = options.MaxExecutionDepth,
                MaxFieldCount = options.MaxFieldCount,
                MaxAliasCount = options.MaxAliasCount,
                ExecutionTimeout = TimeSpan.FromSeconds(options.ExecutionTimeoutSeconds),
                IncludeExceptionDetails = development,
                HideSuggestions = !development,
            });
        });
        builder.Services.AddSingleton<GraphQLHttpEndpoint>();
        return builder;
    }

    public static WebApplication MapDbsGraphQL(this WebApplication app)
    {
        app.Map(Path, context => context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context));
        var sdl = SchemaPrinter.PrintSchema(app.Services.GetRequiredService<RequestExecutor>().Schema) + "\n";
        app.MapGet(Path + "/schema.graphql", () => Results.Text(sdl, "text/plain; charset=utf-8"));
        return app;
    }

    /// <summary>The served schema: the committed contract bound to the features' resolvers.</summary>
    public static Schema CreateSchema() =>
        SchemaBuilder.New()
            .AddDocumentFromString(ReadContract())
            .AddResolver<MeQueries>("Query")
            .AddResolver<NodeQueries>("Query")
            .AddResolver<MunicipalityQueries>("Query")
            .BindRuntimeType<Municipality>("Municipality")
            .AddResolver<MunicipalityType>("Municipality")
            .AddResolver("MunicipalitiesConnection", "totalCount", TotalCount<Municipality>)
            .AddResolver<Features.Agreements.AgreementQueries>("Query")
            .BindRuntimeType<Agreement>("Agreement")
            .BindRuntimeType<AgreementStatus>("AgreementStatus")
            .AddResolver<AgreementType>("Agreement")
            .AddResolver("AgreementsConnection", "totalCount", TotalCount<Agreement>)
            .BindRuntimeType<Supplier>("Supplier")
            .AddResolver<SupplierType>("Supplier")
            .AddResolver<SupplierQueries>("Query")
            .AddResolver("SuppliersConnection", "totalCount", TotalCount<Supplier>)
            .BindRuntimeType<ItSystem>("ItSystem")
            .AddResolver<ItSystemType>("ItSystem")
            .AddResolver<Features.ItSystems.ItSystemQueries>("Query")
            .AddResolver("ItSystemsConnection", "totalCount", TotalCount<ItSystem>)
            .AddResolver<Features.Supervisions.SupervisionQueries>("Query")
            .BindRuntimeType<Supervision>("Supervision")
            .BindRuntimeType<SupervisionStatus>("SupervisionStatus")
            .BindRuntimeType<SupervisionMethod>("SupervisionMethod")
            .AddResolver<SupervisionType>("Supervision")
            .AddResolver("SupervisionsConnection", "totalCount", TotalCount<Supervision>)
            .AddResolver<FindingQueries>("Query")
            .BindRuntimeType<Finding>("Finding")
            .BindRuntimeType<FindingKind>("FindingKind")
            .BindRuntimeType<FindingSeverity>("FindingSeverity")
            .BindRuntimeType<FindingStatus>("FindingStatus")
            .AddResolver<FindingType>("Finding")
            .AddResolver("FindingsConnection", "totalCount", TotalCount<Finding>)
            .Create();

    public static string ReadContract()
    {
        using var stream = typeof(GraphQLSetup).Assembly.GetManifestResourceStream("schema.graphql")
            ?? throw new InvalidOperationException("The schema contract is not embedded in the host.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async ValueTask<object?> TotalCount<T>(IResolverContext context) =>
        await context.ParentAs<Connection<T>>().TotalCount(context.RequestAborted);
}
