using System.CommandLine;
using Dbs.Api.Hosting;
using Dbs.Domain.Persistence;

namespace Dbs.Api.Commands;

/// <summary><c>migrate</c>: applies pending migrations and imports the reference data. Safe to repeat.</summary>
internal static class MigrateCommand
{
    public static Command Create(AdminContext context)
    {
        var command = new Command("migrate",
            "Applies pending database migrations and imports the reference data (municipalities, this year's questionnaire " +
            "template). Safe to repeat; PostgreSQL databases are only ever migrated this way.");
        command.SetAction((_, cancellationToken) => context.RunAsync("migrate", async (services, ct) =>
        {
            var database = services.GetRequiredService<DbsDatabase>();
            var report = await DatabaseSetup.MigrateAsync(services, ct);
            await WriteAsync(context.Output, database, report);
            return AdminCommandLine.Success;
        }, cancellationToken));
        return command;
    }

    public static async Task WriteAsync(TextWriter output, DbsDatabase database, DatabaseReport report)
    {
        var applied = report.Migration.AppliedMigrations;
        await output.WriteLineAsync(applied.Count == 0
            ? $"{database.Provider} database is up to date; no migrations were pending."
            : $"{database.Provider} database migrated: {string.Join(", ", applied)}.");
        await output.WriteLineAsync($"Municipalities added: {report.Migration.MunicipalitiesAdded}.");
        await output.WriteLineAsync(report.TemplateAdded
            ? $"Questionnaire template {report.TemplateYear} added."
            : $"Questionnaire template {report.TemplateYear} already present.");
    }
}
