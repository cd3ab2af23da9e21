using Dbs.Domain.ApiTokens;
using Dbs.Domain.Common;
using Dbs.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Authentication;

/// <summary>
/// API tokens for a few demo organisations, so a developer can call <c>/graphql</c> right after seeding: DBS, Viborg
/// (editor), Aarhus (reader) and the first supplier. Development only; they expire after 30 days.
/// </summary>
internal static class DemoTokens
{
    public static async Task<IReadOnlyList<CreatedApiToken>> CreateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var tokens = services.GetRequiredService<ApiTokenService>();
        var expires = services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(30);
        var supplier = await services.GetRequiredService<DbsDbContext>().Suppliers.OrderBy(s => s.Id)
            .Select(s => s.Cvr).FirstOrDefaultAsync(cancellationToken);
        var wanted = new List<(string Organisation, Role Role)> { ("dbs", Role.Editor), ("791", Role.Editor), ("751", Role.Reader) };
        if (supplier is not null)
        {
            wanted.Add((supplier, Role.Editor));
        }

        var created = new List<CreatedApiToken>();
        foreach (var (organisation, role) in wanted)
        {
            var token = await tokens.CreateAsync(organisation, role, expiresAt: expires, cancellationToken: cancellationToken);
            if (token.IsSuccess)
            {
                created.Add(token.Value);
            }
        }

        return created;
    }

    public static string Describe(CreatedApiToken token) => $"{token.Token.Name}: {token.Text}";
}
