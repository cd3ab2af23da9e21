using System.Reflection;

namespace Dbs.GraphQL.Execution;

/// <summary>
/// Creates a request's DataLoader: through its public constructor with the most parameters, given the request's
/// <see cref="BatchScheduler"/> and, for every other parameter, the request's service of that type.
/// </summary>
internal static class DataLoaderActivator
{
    public static object Create(Type loaderType, BatchScheduler scheduler, IServiceProvider services)
    {
        var constructor = loaderType.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"The DataLoader {loaderType.Name} has no public constructor.");
        var parameters = constructor.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (parameter.ParameterType == typeof(BatchScheduler))
            {
                arguments[i] = scheduler;
            }
            else if (parameter.ParameterType == typeof(IServiceProvider))
            {
                arguments[i] = services;
            }
            else if (parameter.ParameterType != loaderType && services.GetService(parameter.ParameterType) is { } service)
            {
                arguments[i] = service;
            }
            else if (parameter.HasDefaultValue)
            {
                arguments[i] = parameter.DefaultValue;
            }
            else
            {
                throw new InvalidOperationException(
                    $"Cannot create the DataLoader {loaderType.Name}: no service of type {parameter.ParameterType.FullName} is registered for this request.");
            }
        }

        return constructor.Invoke(arguments);
    }
}
