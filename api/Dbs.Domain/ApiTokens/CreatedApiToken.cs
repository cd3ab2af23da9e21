namespace Dbs.Domain.ApiTokens;

/// <summary>A new token and its full text, which is never stored and can only be shown now.</summary>
public sealed record CreatedApiToken(ApiToken Token, string Text);
