namespace Dbs.GraphQL.Tests.Fuzzing;

/// <summary>One fuzzed document: text, or raw bytes that need not be valid UTF-8, and where it came from.</summary>
internal sealed record FuzzInput(string Origin, string? Text, byte[]? Utf8 = null)
{
    public int Length => Text?.Length ?? Utf8!.Length;
}
