namespace Dbs.Domain.Tests.Support;

/// <summary>Valid, distinct CVR numbers for test suppliers: seven digits and the modulus 11 check digit.</summary>
public static class TestCvrs
{
    private static readonly int[] Weights = [2, 7, 6, 5, 4, 3, 2];
    private static int _next = 3_000_000 + Random.Shared.Next(1_000_000);

    public static string Next()
    {
        while (true)
        {
            var prefix = Interlocked.Increment(ref _next).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
            var sum = prefix.Select((c, i) => (c - '0') * Weights[i]).Sum();
            var check = (11 - sum % 11) % 11;
            if (check < 10)
            {
                return prefix + (char)('0' + check);
            }
        }
    }
}
