using Dbs.Domain.Common;

namespace Dbs.Api.Features.Errors;

/// <summary>
/// A mutation's payload: the changed object (bound to the payload type's one object field, e.g.
/// <c>PlanSupervisionPayload.supervision</c>) or, when the change was refused, the typed errors (then the object is
/// null). HotChocolate's mutation conventions: errors are data, not GraphQL errors.
/// </summary>
public sealed record Payload(object? Value, IReadOnlyList<object>? Errors)
{
    public static Payload Success(object? value) => new(value, null);

    public static Payload Failure(object error) => new(null, [error]);

    public static Payload Of<T>(Result<T> result, Func<string, IReadOnlyList<string>>? path = null) =>
        result.IsSuccess ? Success(result.Value) : Failure(MutationErrors.From(result.Error, path));
}
