using Dbs.Domain.Acknowledgements;
using Dbs.Domain.ApiTokens;
using Dbs.Domain.Findings;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Persistence;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.SubProcessors;
using Dbs.Domain.Supervisions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dbs.Domain;

public static class DomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DbsDbContext"/> for the configured provider (<c>Database:Provider</c>, default Sqlite;
    /// <c>ConnectionStrings:Dbs</c>, default <c>data/dbs.db</c> under <paramref name="contentRoot"/>), the
    /// <see cref="DatabaseInitializer"/>, the domain services and <see cref="SupervisionOptions"/> (section
    /// <c>Supervision</c>). <paramref name="contentRoot"/> defaults to the configuration's <c>contentRoot</c>, then the
    /// current directory.
    /// </summary>
    public static IServiceCollection AddDbsDomain(this IServiceCollection services, IConfiguration configuration,
        string? contentRoot = null)
    {
        var database = DbsDatabase.FromConfiguration(configuration,
            contentRoot ?? configuration["contentRoot"] ?? Directory.GetCurrentDirectory());
        services.AddSingleton(database);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContext<DbsDbContext, SqliteDbsDbContext>(database.Configure);
        }
        else
        {
            services.AddDbContext<DbsDbContext, PostgresDbsDbContext>(database.Configure);
        }

        var section = configuration.GetSection(SupervisionOptions.SectionName);
        services.AddOptions<SupervisionOptions>().Configure(options =>
        {
            if (int.TryParse(section[nameof(SupervisionOptions.MinimumMemberUsers)], out var minimum))
            {
                options.MinimumMemberUsers = minimum;
            }

            if (int.TryParse(section[nameof(SupervisionOptions.SubProcessorNoticePeriodDays)], out var days))
            {
                options.SubProcessorNoticePeriodDays = days;
            }
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<QuestionnaireTemplateCache>();
        services.AddScoped<QuestionnaireService>();
        services.AddScoped<QuestionnaireTemplateService>();
        services.AddScoped<SupervisionService>();
        services.AddScoped<FindingService>();
        services.AddScoped<SubProcessorService>();
        services.AddScoped<AcknowledgementService>();
        services.AddScoped<ApiTokenService>();
        return services;
    }
}
