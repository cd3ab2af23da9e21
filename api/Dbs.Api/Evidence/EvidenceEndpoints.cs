using Dbs.Api.Authentication;
using Dbs.Domain.Access;
using Dbs.Domain.Common;
using Dbs.Domain.Persistence;
using Dbs.Portal.Evidence;
using Dbs.Portal.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Evidence;

/// <summary>
/// <c>GET /evidence/{id}</c>: an attachment's file, for the supplier that uploaded it (the portal's session cookie) and
/// for DBS staff (an API token). Whether the caller may see it is <see cref="AccessScope"/>'s decision; anyone else,
/// including other suppliers and municipalities, gets 404 as if it did not exist.
/// </summary>
internal static class EvidenceEndpoints
{
    public static IEndpointRouteBuilder MapDbsEvidence(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/evidence/{id:int}", DownloadAsync);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(int id, HttpContext context, DbsDbContext db, EvidenceStore store,
        CancellationToken cancellationToken)
    {
        var actor = await CallerAsync(context);
        if (actor is null)
        {
            // A browser without a session signs in and comes back; an API client is told to present a token.
            return context.Request.Headers.Authorization.Count > 0
                ? Results.Challenge(authenticationSchemes: [ApiTokenAuthenticationHandler.SchemeName])
                : Results.Challenge(authenticationSchemes: [PortalAuthentication.Scheme]);
        }

        var attachment = await new AccessScope(db, actor).Attachments
            .Where(a => a.Id == id)
            .Select(a => new { a.FileName, a.ContentType, a.StorageKey, a.Sha256 })
            .FirstOrDefaultAsync(cancellationToken);
        if (attachment is null || store.Open(attachment.StorageKey) is not { } content)
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "private, no-store";
        // Lets the recipient check the bytes against the digest recorded at upload (RFC 9530).
        headers["Repr-Digest"] = "sha-256=:" + Convert.ToBase64String(Convert.FromHexString(attachment.Sha256)) + ":";
        // A download name makes it Content-Disposition: attachment, never shown inline from this origin.
        return Results.Stream(content, attachment.ContentType, attachment.FileName);
    }

    /// <summary>The supplier user of the portal's cookie, or else the holder of an API token (DBS staff and others).</summary>
    private static async Task<Actor?> CallerAsync(HttpContext context)
    {
        var session = await context.AuthenticateAsync(PortalAuthentication.Scheme);
        if (session.Succeeded && session.Principal.ToActor() is { } supplier)
        {
            return supplier;
        }

        var token = await context.AuthenticateAsync(ApiTokenAuthenticationHandler.SchemeName);
        return token.Succeeded ? ActorClaims.ToActor(token.Principal) : null;
    }
}
