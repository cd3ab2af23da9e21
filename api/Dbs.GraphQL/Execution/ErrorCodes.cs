namespace Dbs.GraphQL.Execution;

/// <summary>
/// The <c>extensions.code</c> values of the errors the engine raises before or around execution (names as Apollo
/// Server and HotChocolate clients know them), plus HotChocolate's authorization codes for resolvers to use. Field
/// errors carry the code of the <see cref="Errors.GraphQLError"/> a resolver throws, and none otherwise, as in
/// graphql-js.
/// </summary>
public static class ErrorCodes
{
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";

    public const string BadUserInput = "BAD_USER_INPUT";

    public const string PersistedDocumentNotFound = "PERSISTED_QUERY_NOT_FOUND";

    public const string ExecutionDepthExceeded = "MAX_EXECUTION_DEPTH_EXCEEDED";

    public const string FieldLimitExceeded = "MAX_FIELDS_EXCEEDED";

    public const string AliasLimitExceeded = "MAX_ALIASES_EXCEEDED";

    public const string DirectivesPerLocationExceeded = "MAX_DIRECTIVES_PER_LOCATION_EXCEEDED";

    /// <summary>HotChocolate's code for an operation over the field cost or type cost limit.</summary>
    public const string CostExceeded = "HC0047";

    /// <summary>A field with <c>@listSize(requireOneSlicingArgument: true)</c> was not given exactly one slicing argument.</summary>
    public const string SlicingArgumentRequired = "SLICING_ARGUMENT_REQUIRED";

    public const string Timeout = "EXECUTION_TIMEOUT";

    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
}
