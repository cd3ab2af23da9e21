namespace Dbs.Domain.Common;

/// <summary>The outcome of a domain operation with no value: success, or a <see cref="DomainError"/>.</summary>
public readonly record struct Result
{
    private Result(DomainError? error) => Error = error;

    public DomainError? Error { get; }

    public bool IsSuccess => Error is null;

    public bool IsFailure => Error is not null;

    public static Result Success() => default;

    public static Result Failure(DomainError error) => new(error ?? throw new ArgumentNullException(nameof(error)));

    public static implicit operator Result(DomainError error) => Failure(error);

    public Result<T> To<T>(Func<T> value) => IsSuccess ? value() : Result<T>.Failure(Error!);
}
