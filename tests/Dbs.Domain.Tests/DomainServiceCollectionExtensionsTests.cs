using Dbs.Domain.Acknowledgements;
using Dbs.Domain.Findings;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Persistence;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.SubProcessors;
using Dbs.Domain.Supervisions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dbs.Domain.Tests;

public sealed class DomainServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "dbs-domain-di-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_default_registration_migrates_a_SQLite_file_under_data_in_WAL_mode_with_foreign_keys_on()
    {
        await using var provider = Build([]);
        await using var scope = provider.CreateAsyncScope();

        var report = await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();

        Assert.Equal(98, report.MunicipalitiesAdded);
        Assert.True(File.Exists(Path.Combine(_contentRoot, "data", "dbs.db")));
        var db = scope.ServiceProvider.GetRequiredService<DbsDbContext>();
        Assert.IsType<SqliteDbsDbContext>(db);
        await db.Database.OpenConnectionAsync();
        Assert.Equal("wal", await Pragma(db, "journal_mode"));
        Assert.Equal("1", await Pragma(db, "foreign_keys"));
    }

    [Fact]
    public async Task Every_domain_service_resolves_and_the_supervision_settings_come_from_configuration()
    {
        await using var provider = Build(new()
        {
            ["Supervision:MinimumMemberUsers"] = "20",
            ["Supervision:SubProcessorNoticePeriodDays"] = "45",
        });
        await using var scope = provider.CreateAsyncScope();
        var services = scope.ServiceProvider;

        Assert.NotNull(services.GetRequiredService<QuestionnaireService>());
        Assert.NotNull(services.GetRequiredService<QuestionnaireTemplateService>());
        Assert.NotNull(services.GetRequiredService<SupervisionService>());
        Assert.NotNull(services.GetRequiredService<FindingService>());
        Assert.NotNull(services.GetRequiredService<SubProcessorService>());
        Assert.NotNull(services.GetRequiredService<AcknowledgementService>());
        var options = services.GetRequiredService<IOptions<SupervisionOptions>>().Value;
        Assert.Equal((20, 45), (options.MinimumMemberUsers, options.SubProcessorNoticePeriodDays));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddDbsDomain(configuration, _contentRoot);
        return services.BuildServiceProvider(validateScopes: true);
    }

    private static async Task<string> Pragma(DbsDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
