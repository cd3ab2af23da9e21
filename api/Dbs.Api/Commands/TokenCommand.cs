using System.CommandLine;
using System.Globalization;
using Dbs.Domain.ApiTokens;
using Dbs.Domain.Common;

namespace Dbs.Api.Commands;

/// <summary>
/// <c>token create|revoke|list</c>: manages the API tokens integrations send as <c>Authorization: Bearer …</c>.
/// A new token is printed once; only its hash is kept.
/// </summary>
internal static class TokenCommand
{
    public static Command Create(AdminContext context) =>
        new("token", "Manages API tokens for municipalities, suppliers and DBS.")
        {
            CreateToken(context),
            RevokeToken(context),
            ListTokens(context),
        };

    private static Command CreateToken(AdminContext context)
    {
        var organisation = new Option<string>("--org")
        {
            Description = "Whose token: a kommunekode (e.g. 791), a supplier's CVR number, or dbs.",
            Required = true,
        };
        var role = new Option<Role>("--role")
        {
            Description = "reader (reads only) or editor (reads and changes).",
            Required = true,
            CustomParser = result =>
            {
                var token = result.Tokens[^1].Value;
                if (token is "reader" or "editor")
                {
                    return token == "reader" ? Role.Reader : Role.Editor;
                }

                result.AddError($"--role must be reader or editor, not '{token}'.");
                return default;
            },
        };
        var expires = new Option<DateTimeOffset?>("--expires")
        {
            Description = "When the token stops working: a date (yyyy-MM-dd, from the start of that day, UTC) or an ISO 8601 time.",
            CustomParser = result =>
            {
                var token = result.Tokens[^1].Value;
                if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                }

                if (DateTimeOffset.TryParse(token, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
                {
                    return time.ToUniversalTime();
                }

                result.AddError($"--expires must be a date (yyyy-MM-dd) or an ISO 8601 time, not '{token}'.");
                return null;
            },
        };
        var name = new Option<string?>("--name") { Description = "What the token is for, shown in listings." };

        var command = new Command("create", "Creates a token and prints it once; store it now, it cannot be shown again.")
        {
            organisation, role, expires, name,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync("token create", async (services, ct) =>
        {
            var created = await services.GetRequiredService<ApiTokenService>().CreateAsync(
                parse.GetRequiredValue(organisation), parse.GetValue(role), parse.GetValue(name), parse.GetValue(expires), ct);
            if (created.IsFailure)
            {
                await context.Error.WriteLineAsync($"token create: {created.Error.Message}");
                return AdminCommandLine.Failure;
            }

            var token = created.Value.Token;
            await context.Output.WriteLineAsync(
                $"Created token {token.Id} \"{token.Name}\" for {token.OrganisationName} ({Describe(token.OrganisationKind)}), " +
                $"role {Describe(token.Role)}, {(token.ExpiresAt is { } at ? "expires " + Format(at) : "does not expire")}.");
            await context.Output.WriteLineAsync("The token is shown only now; send it as 'Authorization: Bearer <token>':");
            await context.Output.WriteLineAsync(created.Value.Text);
            return AdminCommandLine.Success;
        }, cancellationToken));
        return command;
    }

    private static Command RevokeToken(AdminContext context)
    {
        var id = new Argument<int>("id") { Description = "The token's id, as 'token list' shows it." };
        var command = new Command("revoke", "Revokes a token for good: requests with it are refused from now on.") { id };
        command.SetAction((parse, cancellationToken) => context.RunAsync("token revoke", async (services, ct) =>
        {
            var revoked = await services.GetRequiredService<ApiTokenService>().RevokeAsync(parse.GetValue(id), ct);
            if (revoked.IsFailure)
            {
                await context.Error.WriteLineAsync($"token revoke: {revoked.Error.Message}");
                return AdminCommandLine.Failure;
            }

            await context.Output.WriteLineAsync($"Revoked token {revoked.Value.Id} \"{revoked.Value.Name}\".");
            return AdminCommandLine.Success;
        }, cancellationToken));
        return command;
    }

    private static Command ListTokens(AdminContext context)
    {
        var command = new Command("list", "Lists every token, newest first, with its status; never the secrets.");
        command.SetAction((_, cancellationToken) => context.RunAsync("token list", async (services, ct) =>
        {
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var tokens = await services.GetRequiredService<ApiTokenService>().ListAsync(ct);
            if (tokens.Count == 0)
            {
                await context.Output.WriteLineAsync("No API tokens.");
                return AdminCommandLine.Success;
            }

            await context.Output.WriteLineAsync("id\tstatus\torganisation\trole\tcreated\texpires\tname");
            foreach (var token in tokens)
            {
                var status = token.RevokedAt is not null ? "revoked" : token.IsActiveAt(now) ? "active" : "expired";
                await context.Output.WriteLineAsync(string.Join('\t',
                    token.Id.ToString(CultureInfo.InvariantCulture), status,
                    $"{token.OrganisationName} ({Describe(token.OrganisationKind)})", Describe(token.Role),
                    Format(token.CreatedAt), token.ExpiresAt is { } at ? Format(at) : "never", token.Name));
            }

            return AdminCommandLine.Success;
        }, cancellationToken));
        return command;
    }

    private static string Describe(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Dbs => "DBS",
        OrganisationKind.Municipality => "municipality",
        _ => "supplier",
    };

    private static string Describe(Role role) => role == Role.Reader ? "reader" : "editor";

    private static string Format(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
