using System.Linq.Expressions;
using System.Reflection;

namespace Dbs.GraphQL.Types;

/// <summary>
/// Compiles a public method or property of a resolver class into a <see cref="FieldResolverDelegate"/>. Method
/// parameters are bound by kind: <see cref="IResolverContext"/>, <see cref="CancellationToken"/>,
/// <see cref="IServiceProvider"/>; a field argument of the same name; the parent (a parameter named <c>parent</c>
/// or of the object type's runtime type); anything else is a service. Results may be plain values,
/// <see cref="Task{TResult}"/> or <see cref="ValueTask{TResult}"/>.
/// </summary>
internal static class ResolverCompiler
{
    private static readonly MethodInfo ArgumentValueMethod = typeof(IResolverContext).GetMethod(nameof(IResolverContext.ArgumentValue))!;
    private static readonly MethodInfo ParentAsMethod = typeof(IResolverContext).GetMethod(nameof(IResolverContext.ParentAs))!;
    private static readonly MethodInfo ServiceMethod = typeof(IResolverContext).GetMethod(nameof(IResolverContext.Service))!;
    private static readonly MethodInfo GetServiceMethod = typeof(IServiceProvider).GetMethod(nameof(IServiceProvider.GetService))!;

    /// <summary>Whether a member name names a field: ignoring case, a <c>Get</c> prefix and an <c>Async</c> suffix.</summary>
    public static bool Matches(string memberName, string fieldName)
    {
        if (string.Equals(memberName, fieldName, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var trimmed = memberName;
        if (trimmed.Length > 3 && trimmed.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(trimmed[3]))
        {
            trimmed = trimmed[3..];
        }

        if (trimmed.Length > 5 && trimmed.EndsWith("Async", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^5];
        }

        return string.Equals(trimmed, fieldName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The public members of a resolver class that can resolve fields.</summary>
    public static IEnumerable<MemberInfo> ResolverMembers(Type resolverType) =>
        resolverType.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition)
            .Cast<MemberInfo>()
            .Concat(resolverType.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0));

    /// <summary>The instance members of one resolver class share: made on first use, when no service provides one.</summary>
    public static Lazy<object>? SharedInstance(Type resolverType) =>
        resolverType.GetConstructor(Type.EmptyTypes) is null ? null : new Lazy<object>(() => Activator.CreateInstance(resolverType)!);

    public static FieldResolverDelegate Compile(Type resolverType, Lazy<object>? sharedInstance, MemberInfo member,
        FieldDefinition field, Type? parentType)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var isStatic = member switch
        {
            MethodInfo method => method.IsStatic,
            PropertyInfo property => property.GetMethod!.IsStatic,
            _ => true,
        };
        var instance = isStatic ? null : Instance(resolverType, sharedInstance, context);

        Expression call = member switch
        {
            MethodInfo method => Expression.Call(instance, method, method.GetParameters().Select(p => Parameter(p, field, parentType, context))),
            PropertyInfo property => Expression.Property(instance, property),
            _ => throw new ArgumentException($"Unsupported resolver member {member.Name}.", nameof(member)),
        };

        var body = Adapt(call);
        return Expression.Lambda<FieldResolverDelegate>(body, context).Compile();
    }

    private static Expression Instance(Type resolverType, Lazy<object>? sharedInstance, ParameterExpression context)
    {
        // A registered service wins; otherwise the instance shared by the class's members.
        var services = Expression.Property(context, nameof(IResolverContext.Services));
        var fromServices = Expression.Call(services, GetServiceMethod, Expression.Constant(resolverType));
        var shared = sharedInstance is null ? null : Expression.Constant(sharedInstance);
        Expression fallback = shared is null
            ? Expression.Throw(Expression.Constant(new InvalidOperationException(
                $"The resolver class {resolverType.FullName} is not a registered service and has no public parameterless constructor.")), typeof(object))
            : Expression.Property(shared, nameof(Lazy<object>.Value));
        return Expression.Convert(Expression.Coalesce(fromServices, fallback), resolverType);
    }

    private static Expression Parameter(ParameterInfo parameter, FieldDefinition field, Type? parentType, ParameterExpression context)
    {
        var type = parameter.ParameterType;
        if (type == typeof(IResolverContext))
        {
            return context;
        }

        if (type == typeof(CancellationToken))
        {
            return Expression.Property(context, nameof(IResolverContext.RequestAborted));
        }

        if (type == typeof(IServiceProvider))
        {
            return Expression.Property(context, nameof(IResolverContext.Services));
        }

        var argument = field.Arguments.FirstOrDefault(a => string.Equals(a.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
        if (argument is not null)
        {
            return Expression.Call(context, ArgumentValueMethod.MakeGenericMethod(type), Expression.Constant(argument.Name));
        }

        if (parameter.Name == "parent" || (parentType is not null && type.IsAssignableFrom(parentType)))
        {
            return Expression.Call(context, ParentAsMethod.MakeGenericMethod(type));
        }

        return Expression.Call(context, ServiceMethod.MakeGenericMethod(type));
    }

    private static Expression Adapt(Expression call)
    {
        var type = call.Type;
        if (type == typeof(void))
        {
            return Expression.Block(call, Expression.Default(typeof(ValueTask<object?>)));
        }

        if (type == typeof(Task))
        {
            return Expression.Call(typeof(ResolverCompiler).GetMethod(nameof(FromTask), BindingFlags.NonPublic | BindingFlags.Static)!, call);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return Expression.Call(Generic(nameof(FromTaskOf), type), call);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return type == typeof(ValueTask<object?>) ? call : Expression.Call(Generic(nameof(FromValueTaskOf), type), call);
        }

        var ctor = typeof(ValueTask<object?>).GetConstructor([typeof(object)])!;
        return Expression.New(ctor, Expression.Convert(call, typeof(object)));
    }

    private static MethodInfo Generic(string name, Type taskType) =>
        typeof(ResolverCompiler).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(taskType.GetGenericArguments()[0]);

    private static async ValueTask<object?> FromTask(Task task)
    {
        await task.ConfigureAwait(false);
        return null;
    }

    private static async ValueTask<object?> FromTaskOf<T>(Task<T> task) => await task.ConfigureAwait(false);

    private static ValueTask<object?> FromValueTaskOf<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);

    private static async ValueTask<object?> Await<T>(ValueTask<T> task) => await task.ConfigureAwait(false);
}
