using Dbs.Domain.Common;

namespace Dbs.Domain.Tests.Support;

/// <summary>Asserts on results, with the domain error's message in the failure text.</summary>
public static class ResultAssert
{
    public static T Success<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    public static void Success(Result result) => Assert.True(result.IsSuccess, result.Error?.Message);

    /// <summary>Asserts the operation failed with <typeparamref name="TError"/>, and returns the error.</summary>
    public static TError Fails<TError>(DomainError? error)
        where TError : DomainError
    {
        Assert.NotNull(error);
        return Assert.IsType<TError>(error);
    }
}
