using Dbs.GraphQL.Errors;

namespace Dbs.GraphQL.Types;

/// <summary>
/// A schema that cannot be built: invalid SDL, a type system that fails validation, or resolvers and runtime types
/// that do not fit the schema. The message lists every error, one paragraph each, as graphql-js's
/// <c>assertValidSchema</c> does.
/// </summary>
public sealed class SchemaException : Exception
{
    public SchemaException(IReadOnlyList<GraphQLError> errors)
        : base(string.Join("\n\n", errors.Select(e => e.Message)))
    {
        Errors = errors;
    }

    public SchemaException(string message)
        : this([new GraphQLError(message)])
    {
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
