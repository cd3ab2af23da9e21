using System.Collections.Concurrent;
using Dbs.GraphQL.Execution;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Tests.Conformance;

/// <summary>
/// The executable schemas of the execute cases: the SDL bound, through the <see cref="SchemaBuilder"/>, to the
/// README's data-driven resolvers — every field reads the parent's own same-named entry (a field whose entry is a
/// <see cref="CaseData.Failure"/> throws it; one inside a list is left for the executor, as graphql-js raises an
/// <c>Error</c> it finds as a list item), <c>echo*</c> fields answer <see cref="EchoJson"/>, and every interface and
/// union resolves a value by its <c>__typename</c>. The executor is set up as graphql-js behaves: resolver messages
/// shown, no error codes.
/// </summary>
internal static class DataDrivenSchema
{
    private static readonly ConcurrentDictionary<string, Lazy<RequestExecutor>> Executors = new(StringComparer.Ordinal);

    private static readonly RequestExecutorOptions LikeGraphqlJs = new()
    {
        IncludeExceptionDetails = true,
        IncludeErrorCodes = false,
        ExecutionTimeout = null,
    };

    public static RequestExecutor ExecutorFor(string schemaFile) =>
        Executors.GetOrAdd(schemaFile, file => new(() => new RequestExecutor(Build(CaseSchemas.ReadSdl(file)), LikeGraphqlJs))).Value;

    public static Schema Build(string sdl)
    {
        var builder = SchemaBuilder.New().AddDocumentFromString(sdl);
        var shape = AstSchemaBuilder.BuildAstSchema(Parser.Parse(sdl));
        foreach (var type in shape.Types.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            switch (type)
            {
                case ObjectType objectType:
                    foreach (var field in objectType.Fields)
                    {
                        builder.AddResolver(objectType.Name, field.Name,
                            field.Name.StartsWith("echo", StringComparison.Ordinal) ? EchoJson.Of : ReadProperty);
                    }

                    break;
                case InterfaceType or UnionType:
                    builder.AddTypeResolver(type.Name, static (value, _) =>
                        value is IReadOnlyDictionary<string, object?> members && members.GetValueOrDefault("__typename") is string name ? name : null);
                    break;
            }
        }

        return builder.Create();
    }

    private static object? ReadProperty(IResolverContext context) =>
        context.Parent is IReadOnlyDictionary<string, object?> members && members.TryGetValue(context.Field.Name, out var value)
            ? value is CaseData.Failure failure ? throw failure : value
            : null;
}
