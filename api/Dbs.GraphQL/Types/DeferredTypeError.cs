using Dbs.GraphQL.Errors;

namespace Dbs.GraphQL.Types;

/// <summary>
/// A type system error the SDL builder found while typing references (a union member that is not an object type,
/// an implemented type that is not an interface, a root that is not an object type). The schema cannot hold such a
/// reference, so the builder leaves it out and <see cref="SchemaValidator"/> reports the error in its place.
/// </summary>
/// <param name="TypeName">The type whose validation reports it; null for a root operation type error.</param>
internal sealed record DeferredTypeError(string? TypeName, GraphQLError Error);
