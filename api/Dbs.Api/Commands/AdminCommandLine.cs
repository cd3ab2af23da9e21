using System.CommandLine;

namespace Dbs.Api.Commands;

/// <summary>
/// The admin commands that share the host's executable and configuration
/// (<c>dotnet run --project api/Dbs.Api -- &lt;command&gt;</c>) and run without starting the web server.
/// A new command is one more class with a <c>Create(AdminContext)</c> method, added to <see cref="CreateRoot"/>.
/// </summary>
internal static class AdminCommandLine
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    /// <summary>
    /// Whether the arguments name a command. Without one the executable is the web server, whose own arguments are
    /// configuration switches such as <c>--urls</c>.
    /// </summary>
    public static bool IsCommand(IReadOnlyList<string> args) =>
        args.Count > 0 && (!args[0].StartsWith('-') || args[0] is "-h" or "-?" or "--help");

    public static async Task<int> RunAsync(IReadOnlyList<string> args, AdminContext context, CancellationToken cancellationToken = default)
    {
        var root = CreateRoot(context);
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                await context.Error.WriteLineAsync(error.Message);
            }

            await context.Error.WriteLineAsync();
            WriteUsage(root, CommandPath(result.CommandResult), context.Error);
            return UsageError;
        }

        return await result.InvokeAsync(
            new InvocationConfiguration { Output = context.Output, Error = context.Error },
            cancellationToken);
    }

    private static RootCommand CreateRoot(AdminContext context)
    {
        var root = new RootCommand(
            "DBS – Databehandlertilsyn. Without a command the executable starts the web server; " +
            "with one it runs that admin command with the same configuration and exits.");
        root.Add(MigrateCommand.Create(context));
        root.Add(SeedDemoCommand.Create(context));
        root.Add(TokenCommand.Create(context));
        root.Add(SchemaExportCommand.Create(context));
        root.Add(HelpCommand(root));

        // Reached only through options alone (e.g. "--verbose"): the web server's switches never get here.
        root.SetAction(parse =>
        {
            WriteUsage(root, [], parse.InvocationConfiguration.Error);
            return UsageError;
        });
        return root;
    }

    private static Command HelpCommand(RootCommand root)
    {
        var name = new Argument<string?>("command") { Description = "The command to describe.", Arity = ArgumentArity.ZeroOrOne };
        var help = new Command("help", "Shows the commands, or how to use one of them.") { name };
        help.Validators.Add(result =>
        {
            var value = result.GetValue(name);
            if (value is not null && !root.Subcommands.Any(c => c.Name == value))
            {
                result.AddError($"Unknown command '{value}'.");
            }
        });
        help.SetAction(parse =>
        {
            var value = parse.GetValue(name);
            WriteUsage(root, value is null ? [] : [value], parse.InvocationConfiguration.Output);
            return Success;
        });
        return help;
    }

    private static void WriteUsage(RootCommand root, IReadOnlyList<string> commandPath, TextWriter writer) =>
        root.Parse([.. commandPath, "--help"]).Invoke(new InvocationConfiguration { Output = writer });

    private static List<string> CommandPath(System.CommandLine.Parsing.CommandResult? result)
    {
        var path = new List<string>();
        for (var current = result; current is { Command: not RootCommand }; current = current.Parent as System.CommandLine.Parsing.CommandResult)
        {
            path.Insert(0, current.Command.Name);
        }

        return path;
    }
}
