namespace Dbs.GraphQL.Language;

/// <summary>
/// Every node that can carry directives, so a rule such as "directives are unique per location" can handle them
/// alike.
/// </summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}
