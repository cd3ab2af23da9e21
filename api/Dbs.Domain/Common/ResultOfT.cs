using System.Diagnostics.CodeAnalysis;

namespace Dbs.Domain.Common;

/// <summary>The outcome of a domain operation: a value, or a <see cref="DomainError"/>.</summary>
public readonly record struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, DomainError? error)
    {
        _value = value;
        Error = error;
    }

    public DomainError? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    [MemberNotNullWhen(true, nameof(Error))]
    public bool IsFailure => Error is not null;

    /// <summary>The value; reading it from a failure is a bug.</summary>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"The operation failed: {Error.Message}");

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(DomainError error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(DomainError error) => Failure(error);

    public Result<TOther> Map<TOther>(Func<T, TOther> map) => IsSuccess ? map(Value) : Result<TOther>.Failure(Error);

    public Result WithoutValue() => IsSuccess ? Result.Success() : Result.Failure(Error);
}
