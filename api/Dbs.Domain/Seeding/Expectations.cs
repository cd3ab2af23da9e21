using Dbs.Domain.Common;

namespace Dbs.Domain.Seeding;

/// <summary>
/// Seeding builds entities through the domain's own methods from fixed or generated data: a refusal is a bug in the
/// seeding code, so it throws instead of being handled.
/// </summary>
internal static class Expectations
{
    public static T Expect<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException("Seeding broke a domain rule: " + result.Error.Message);

    public static void Expect(Result result)
    {
        if (result.IsFailure)
        {
            throw new InvalidOperationException("Seeding broke a domain rule: " + result.Error!.Message);
        }
    }
}
