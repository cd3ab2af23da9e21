using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Execution;

/// <summary>What the executor's resolver context offers beyond <see cref="IResolverContext"/>.</summary>
public static class ResolverContextExtensions
{
    /// <summary>
    /// The request's instance of a DataLoader, created on first use with the request's <see cref="BatchScheduler"/>
    /// and services.
    /// </summary>
    public static T DataLoader<T>(this IResolverContext context)
        where T : class => (T)Own(context).Execution.GetDataLoader(typeof(T));

    /// <summary>The response path of the field being resolved: response keys and list indices.</summary>
    public static IReadOnlyList<object> Path(this IResolverContext context)
    {
        var own = Own(context);
        return own.Execution.PathOf(own.Node, own.Slot);
    }

    /// <summary>The field's nodes in the document (several when equal response names merged), e.g. for projections.</summary>
    public static IReadOnlyList<FieldNode> FieldNodes(this IResolverContext context) => Own(context).FieldNodes;

    private static ResolverContext Own(IResolverContext context) =>
        context as ResolverContext
        ?? throw new ArgumentException("The context does not come from this engine's executor.", nameof(context));
}
