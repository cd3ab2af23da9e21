using Dbs.Api.Features.Relay;

namespace Dbs.Api.Features.Errors;

/// <summary>Global ids given as mutation input: the key, when the id is of the expected type.</summary>
public static class GlobalIdInput
{
    /// <summary>The key of <paramref name="globalId"/> if it is a <paramref name="typeName"/> id, else null.</summary>
    public static int? KeyOf(string typeName, string? globalId) =>
        globalId is not null && GlobalId.Decode(globalId) is var (type, key) && type == typeName ? key : null;
}
