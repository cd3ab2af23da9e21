using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Execution;

namespace Dbs.Api.GraphQL;

/// <summary>Field-level refusals, with HotChocolate's error codes; what a caller sees is AccessScope's business.</summary>
public static class Authorization
{
    /// <summary>
    /// Throws <c>AUTH_NOT_AUTHENTICATED</c> for an anonymous caller, and <c>AUTH_NOT_AUTHORIZED</c> for an
    /// authenticated one without an organisation (e.g. a JWT whose CVR number is no municipality's, supplier's or
    /// DBS's): the field becomes null with that error.
    /// </summary>
    public static void RequireSignedIn(RequestData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Actor is null)
        {
            throw new GraphQLError("The current user is not authorized to access this resource.",
                extensions: new Dictionary<string, object?>
                {
                    ["code"] = data.IsAuthenticated ? ErrorCodes.NotAuthorized : ErrorCodes.NotAuthenticated,
                });
        }
    }
}
