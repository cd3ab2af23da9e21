using System.CommandLine;
using System.Globalization;
using Dbs.Api.Authentication;
using Dbs.Api.Hosting;
using Dbs.Domain.Persistence;
using Dbs.Domain.Seeding;

namespace Dbs.Api.Commands;

/// <summary><c>seed-demo [--scale N] [--reset]</c>: fills an empty database with deterministic demo data.</summary>
internal static class SeedDemoCommand
{
    public static Command Create(AdminContext context)
    {
        var scale = new Option<int>("--scale")
        {
            Description = $"Multiplies the data: 1 gives about 8,000 agreements, 12 about 100,000 (at most {DemoDataOptions.MaxScale}).",
            DefaultValueFactory = _ => 1,
            CustomParser = result =>
            {
                var token = result.Tokens[^1].Value;
                if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                    && value is >= 1 and <= DemoDataOptions.MaxScale)
                {
                    return value;
                }

                result.AddError($"--scale must be a whole number from 1 to {DemoDataOptions.MaxScale}, not '{token}'.");
                return 0;
            },
        };
        var reset = new Option<bool>("--reset")
        {
            Description = "Empties the database first: every row, audit events included.",
        };

        var command = new Command("seed-demo",
            "Migrates the database and fills it with deterministic demo data: suppliers, IT systems, agreements, " +
            "sub-processors, this year's questionnaires, supervisions, findings and acknowledgements. The database must " +
            "hold no suppliers unless --reset is given.") { scale, reset };
        command.SetAction((parse, cancellationToken) => context.RunAsync("seed-demo", async (services, ct) =>
        {
            var db = services.GetRequiredService<DbsDbContext>();
            var database = services.GetRequiredService<DbsDatabase>();
            if (parse.GetValue(reset))
            {
                await context.Output.WriteLineAsync($"Emptying the {database.Provider} database.");
                await DatabaseTables.ClearAsync(db, ct);
            }

            await MigrateCommand.WriteAsync(context.Output, database, await DatabaseSetup.MigrateAsync(services, ct));
            if (await DemoDataGenerator.HasDataAsync(db, ct))
            {
                await context.Error.WriteLineAsync("seed-demo: the database already holds suppliers; run it with --reset to replace the data.");
                return AdminCommandLine.Failure;
            }

            var factor = parse.GetValue(scale);
            await context.Output.WriteLineAsync($"Generating demo data at scale {factor}.");
            var report = await DatabaseSetup.SeedDemoDataAsync(services, factor, ct);
            await WriteReportAsync(context.Output, report);
            if (services.GetRequiredService<IHostEnvironment>().IsDevelopment())
            {
                await context.Output.WriteLineAsync("Demo API tokens (Development only; send as 'Authorization: Bearer <token>'):");
                foreach (var token in await DemoTokens.CreateAsync(services, ct))
                {
                    await context.Output.WriteLineAsync("  " + DemoTokens.Describe(token));
                }
            }

            return AdminCommandLine.Success;
        }, cancellationToken));
        return command;
    }

    private static async Task WriteReportAsync(TextWriter output, DemoDataReport report)
    {
        var width = Math.Max(5, report.Tables.Max(t => t.Table.Length));
        foreach (var table in report.Tables)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {table.Table.PadRight(width)} {table.Rows,9:N0}"));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {"Total".PadRight(width)} {report.TotalRows,9:N0}"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Generated in {report.Elapsed.TotalSeconds:0.0} s."));
    }
}
