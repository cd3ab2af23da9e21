using System.Diagnostics.CodeAnalysis;
using Dbs.Domain.Municipalities;

namespace Dbs.Domain.Common;

/// <summary>
/// A municipality code (kommunekode): three digits naming one of Denmark's 98 municipalities, e.g. "101" for
/// Copenhagen. Valid means well-formed and one of the codes in the reference list.
/// </summary>
public readonly record struct Kommunekode
{
    private Kommunekode(string value) => Value = value;

    public string Value { get; }

    public static bool IsWellFormed([NotNullWhen(true)] string? candidate) =>
        candidate is { Length: 3 } && candidate.All(char.IsAsciiDigit) && candidate[0] != '0';

    public static bool IsValid([NotNullWhen(true)] string? candidate) =>
        IsWellFormed(candidate) && MunicipalityReference.ByCode.ContainsKey(candidate);

    public static bool TryParse([NotNullWhen(true)] string? candidate, out Kommunekode code)
    {
        var trimmed = candidate?.Trim();
        if (IsValid(trimmed))
        {
            code = new Kommunekode(trimmed);
            return true;
        }

        code = default;
        return false;
    }

    public static Kommunekode Parse(string candidate) =>
        TryParse(candidate, out var code) ? code : throw new FormatException($"'{candidate}' is not a Danish municipality code.");

    public static Result<Kommunekode> Create(string? candidate, string field = "kommunekode") =>
        TryParse(candidate, out var code)
            ? code
            : new ValidationFailed(field, IsWellFormed(candidate?.Trim())
                ? $"'{candidate}' is not the code of a Danish municipality."
                : $"'{candidate}' is not a municipality code (three digits).");

    public override string ToString() => Value ?? string.Empty;
}
