namespace Dbs.Api.Features.Me;

/// <summary>The caller, as <c>Query.me</c> describes it.</summary>
public sealed record Viewer(string OrganisationKind, string? OrganisationId, string OrganisationName, string Role, string DisplayName);
