using System.Diagnostics.CodeAnalysis;

namespace Dbs.Domain.Common;

/// <summary>
/// A Danish CVR number: 8 digits, the first not 0, whose digits weighted 2,7,6,5,4,3,2,1 sum to a multiple of 11.
/// Entities store the digits as a string (so filters such as "starts with" translate to SQL); this type is the one
/// gate every CVR passes on its way in.
/// </summary>
public readonly record struct Cvr
{
    private static readonly int[] Weights = [2, 7, 6, 5, 4, 3, 2, 1];

    private Cvr(string value) => Value = value;

    public string Value { get; }

    public static bool IsValid([NotNullWhen(true)] string? candidate)
    {
        if (candidate is null || candidate.Length != 8 || candidate[0] == '0')
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = candidate[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            sum += (c - '0') * Weights[i];
        }

        return sum % 11 == 0;
    }

    public static bool TryParse([NotNullWhen(true)] string? candidate, out Cvr cvr)
    {
        var trimmed = candidate?.Trim();
        if (IsValid(trimmed))
        {
            cvr = new Cvr(trimmed);
            return true;
        }

        cvr = default;
        return false;
    }

    /// <summary>Parses a CVR that is known to be valid (reference data, generated data); an invalid one is a bug.</summary>
    public static Cvr Parse(string candidate) =>
        TryParse(candidate, out var cvr) ? cvr : throw new FormatException($"'{candidate}' is not a valid CVR number.");

    /// <summary>Parses user input, reporting an invalid CVR against <paramref name="field"/>.</summary>
    public static Result<Cvr> Create(string? candidate, string field = "cvr") =>
        TryParse(candidate, out var cvr)
            ? cvr
            : new ValidationFailed(field, $"'{candidate}' is not a valid CVR number (8 digits, modulus 11 check).");

    public override string ToString() => Value ?? string.Empty;
}
