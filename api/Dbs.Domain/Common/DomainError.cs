namespace Dbs.Domain.Common;

/// <summary>
/// A failure the caller can act on. <see cref="Code"/> is stable (the API exposes it as <c>extensions.code</c> and the
/// portal maps it to Danish text); <see cref="Message"/> is clear English for logs and integrators.
/// </summary>
public abstract record DomainError(string Code, string Message);

/// <summary>A lifecycle step that is not allowed from the entity's current state.</summary>
public sealed record InvalidTransition(string EntityType, int EntityId, string From, string Action)
    : DomainError("INVALID_TRANSITION", $"{EntityType} {EntityId} cannot {Action} while it is {From}.");

/// <summary>The entity does not exist, or the caller may not see it (the two are deliberately indistinguishable).</summary>
public sealed record NotFound(string EntityType, string Key)
    : DomainError("NOT_FOUND", $"{EntityType} {Key} was not found.");

/// <summary>The caller may see the entity but may not do this to it.</summary>
public sealed record Forbidden(string Reason)
    : DomainError("FORBIDDEN", Reason);

/// <summary>
/// Someone else changed the entity since the caller read it. <see cref="Fields"/> names what conflicted (for
/// questionnaire answers: the question keys), empty when the whole entity did.
/// </summary>
public sealed record ConcurrencyConflict(string EntityType, string Key, IReadOnlyList<string> Fields)
    : DomainError("CONCURRENCY_CONFLICT", Fields.Count == 0
        ? $"{EntityType} {Key} was changed by someone else; reload it and try again."
        : $"{EntityType} {Key} was changed by someone else ({string.Join(", ", Fields)}); reload and try again.");

/// <summary>The input is invalid; every problem is reported, each against the field it concerns.</summary>
public sealed record ValidationFailed(IReadOnlyList<FieldError> Errors)
    : DomainError("VALIDATION_FAILED", "The input is invalid: " + string.Join(" ", Errors.Select(e => e.Message)))
{
    public ValidationFailed(string field, string message)
        : this([new FieldError(field, message)])
    {
    }
}

/// <summary>One problem with one field of an input: <see cref="Field"/> is the input field name or question key.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>Something that must be unique already exists.</summary>
public sealed record AlreadyExists(string EntityType, string Key)
    : DomainError("ALREADY_EXISTS", $"{EntityType} {Key} already exists.");

/// <summary>A time-limited step attempted after its deadline.</summary>
public sealed record DeadlinePassed(string What, DateOnly Deadline)
    : DomainError("DEADLINE_PASSED", $"The deadline for {What} was {Deadline:yyyy-MM-dd} and has passed.");
