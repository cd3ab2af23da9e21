using Dbs.Domain.Common;

namespace Dbs.Domain.Seeding;

/// <summary>Makes up CVR numbers that pass the modulus 11 check (<see cref="Cvr"/>), for demo companies.</summary>
internal static class CvrNumbers
{
    private static readonly int[] Weights = [2, 7, 6, 5, 4, 3, 2, 1];

    /// <summary>A valid CVR number not in <paramref name="taken"/>, which it is added to.</summary>
    public static Cvr Next(DemoRandom random, ISet<string> taken)
    {
        Span<char> digits = stackalloc char[8];
        while (true)
        {
            var sum = 0;
            for (var i = 0; i < 7; i++)
            {
                var digit = i == 0 ? random.Between(1, 9) : random.Between(0, 9);
                digits[i] = (char)('0' + digit);
                sum += digit * Weights[i];
            }

            // The last weight is 1, so the check digit is what brings the sum to a multiple of 11; 10 has no digit.
            var check = (11 - sum % 11) % 11;
            if (check == 10)
            {
                continue;
            }

            digits[7] = (char)('0' + check);
            var candidate = new string(digits);
            if (taken.Add(candidate))
            {
                return Cvr.Parse(candidate);
            }
        }
    }
}
