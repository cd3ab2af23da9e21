using Dbs.Domain.Common;

namespace Dbs.Api.Features.Errors;

/// <summary>The object does not exist or the caller may not see it.</summary>
public sealed record NotFoundError(string Message, string Code);

/// <summary>The caller may see the object but not do this to it.</summary>
public sealed record NotAuthorizedError(string Message, string Code);

/// <summary>A lifecycle step not allowed from the current state.</summary>
public sealed record InvalidTransitionError(string Message, string Code, string CurrentState, string Action);

/// <summary>Someone else changed the object first.</summary>
public sealed record ConcurrencyConflictError(string Message, string Code, IReadOnlyList<string> Fields);

/// <summary>Invalid input, each problem against its input field.</summary>
public sealed record ValidationError(string Message, string Code, IReadOnlyList<FieldError> FieldErrors);

/// <summary>One problem with one input field: <see cref="Path"/> from the mutation's argument.</summary>
public sealed record FieldError(IReadOnlyList<string> Path, string Message);

/// <summary>Something unique already exists.</summary>
public sealed record AlreadyExistsError(string Message, string Code);

/// <summary>A step after its deadline.</summary>
public sealed record DeadlineExceededError(string Message, string Code, DateOnly Deadline);

/// <summary>
/// Maps the domain's <see cref="DomainError"/>s onto the schema's error types, one to one, keeping the domain's code
/// and message (the same the portal maps to Danish text).
/// </summary>
public static class MutationErrors
{
    /// <summary>A field path under the mutation's <c>input</c> argument: <c>["input", field]</c>.</summary>
    public static IReadOnlyList<string> InputPath(string field) => ["input", field];

    public static object From(DomainError error, Func<string, IReadOnlyList<string>>? path = null) => error switch
    {
        NotFound e => new NotFoundError(e.Message, e.Code),
        Forbidden e => new NotAuthorizedError(e.Message, e.Code),
        InvalidTransition e => new InvalidTransitionError(e.Message, e.Code, e.From, e.Action),
        ConcurrencyConflict e => new ConcurrencyConflictError(e.Message, e.Code, e.Fields),
        ValidationFailed e => new ValidationError(e.Message, e.Code,
            [.. e.Errors.Select(f => new FieldError((path ?? InputPath)(f.Field), f.Message))]),
        AlreadyExists e => new AlreadyExistsError(e.Message, e.Code),
        DeadlinePassed e => new DeadlineExceededError(e.Message, e.Code, e.Deadline),
        _ => throw new InvalidOperationException($"The domain error {error.GetType().Name} has no GraphQL error type."),
    };

    /// <summary>What an id of the wrong type, or one that does not decode, is: not found, like someone else's.</summary>
    public static NotFoundError UnknownId(string typeName, string globalId) =>
        new($"{typeName} {globalId} was not found.", "NOT_FOUND");
}
