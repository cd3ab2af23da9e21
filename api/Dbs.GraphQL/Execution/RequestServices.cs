namespace Dbs.GraphQL.Execution;

/// <summary>
/// The services resolvers see: the request's own, plus its <see cref="BatchScheduler"/> and its DataLoaders, so that
/// a loader can be asked for like any service (<c>context.Service&lt;T&gt;()</c>, a resolver method parameter) and
/// is always the request's instance, dispatched by its executor.
/// </summary>
internal sealed class RequestServices(OperationExecution execution, IServiceProvider inner) : IServiceProvider
{
    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(BatchScheduler))
        {
            return execution.Scheduler;
        }

        if (typeof(IBatchDispatcher).IsAssignableFrom(serviceType) && !serviceType.IsAbstract)
        {
            return execution.GetDataLoader(serviceType);
        }

        return serviceType == typeof(IServiceProvider) ? this : inner.GetService(serviceType);
    }
}
