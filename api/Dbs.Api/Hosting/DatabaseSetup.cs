using Dbs.Api.Authentication;
using Dbs.Domain;
using Dbs.Domain.Common;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Persistence;
using Dbs.Domain.Seeding;
using Microsoft.Extensions.Options;

namespace Dbs.Api.Hosting;

/// <summary>
/// The database behind the host: the domain's registration, bringing the schema and reference data up to date, and
/// the demo data a developer gets on first start.
/// </summary>
internal static class DatabaseSetup
{
    public static WebApplicationBuilder AddDbsDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddDbsDomain(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddOptions<DemoDataSettings>().Bind(builder.Configuration.GetSection(DemoDataSettings.SectionName));
        return builder;
    }

    /// <summary>
    /// Applies pending migrations and imports the reference data every environment needs: the municipalities and
    /// this year's questionnaire template. Safe to repeat.
    /// </summary>
    public static async Task<DatabaseReport> MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var migration = await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        var year = Today(services).Year;
        var templateAdded = await QuestionnaireTemplateCatalog.EnsureAsync(
            services.GetRequiredService<DbsDbContext>(), year, cancellationToken);
        return new DatabaseReport(migration, year, templateAdded);
    }

    /// <summary>Generates demo data as of today, with the supervision settings in force.</summary>
    public static Task<DemoDataReport> SeedDemoDataAsync(IServiceProvider services, int scale, CancellationToken cancellationToken)
    {
        var supervision = services.GetRequiredService<IOptions<SupervisionOptions>>().Value;
        return DemoDataGenerator.GenerateAsync(services.GetRequiredService<DbsDbContext>(), new DemoDataOptions
        {
            Scale = scale,
            Today = Today(services),
            MinimumMemberUsers = supervision.MinimumMemberUsers,
            NoticePeriodDays = supervision.SubProcessorNoticePeriodDays,
        }, cancellationToken);
    }

    /// <summary>
    /// On start: the embedded SQLite database is migrated automatically (no one else can), and in Development an
    /// empty one gets demo data. PostgreSQL is shared infrastructure and migrated only by the <c>migrate</c> command;
    /// outside Development nothing is ever seeded.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (app.Services.GetRequiredService<DbsDatabase>().Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await MigrateAsync(services, app.Lifetime.ApplicationStopping);

        var demo = services.GetRequiredService<IOptions<DemoDataSettings>>().Value;
        if (!app.Environment.IsDevelopment() || !demo.SeedOnFirstStart
            || await DemoDataGenerator.HasDataAsync(services.GetRequiredService<DbsDbContext>(), app.Lifetime.ApplicationStopping))
        {
            return;
        }

        app.Logger.LogInformation("First start in Development: generating demo data (scale {Scale}).", demo.Scale);
        var report = await SeedDemoDataAsync(services, demo.Scale, app.Lifetime.ApplicationStopping);
        app.Logger.LogInformation("Demo data ready: {Rows} rows in {Seconds:0.0} s.", report.TotalRows, report.Elapsed.TotalSeconds);
        foreach (var token in await DemoTokens.CreateAsync(services, app.Lifetime.ApplicationStopping))
        {
            app.Logger.LogInformation("Demo API token {Token}", DemoTokens.Describe(token));
        }
    }

    private static DateOnly Today(IServiceProvider services) =>
        DanishTime.DateOf(services.GetRequiredService<TimeProvider>().GetUtcNow());
}

/// <summary>What <see cref="DatabaseSetup.MigrateAsync"/> did.</summary>
internal sealed record DatabaseReport(MigrationReport Migration, int TemplateYear, bool TemplateAdded);

/// <summary>Demo data on a developer's first start (configuration section <c>DemoData</c>; Development only).</summary>
internal sealed class DemoDataSettings
{
    public const string SectionName = "DemoData";

    public bool SeedOnFirstStart { get; set; }

    public int Scale { get; set; } = 1;
}
