using Dbs.GraphQL.Language;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Types;

/// <summary>
/// A scalar type (spec §3.5). Subclass it to add a scalar: override <see cref="Serialize"/> (result coercion,
/// CLR value → JSON-like output), <see cref="ParseValue"/> (input coercion of variable values) and
/// <see cref="ParseLiteral"/> (input coercion of literals), and throw a <see cref="Errors.GraphQLError"/> with a
/// graphql-js-style message for a value that cannot be coerced. A scalar declared in SDL with no implementation
/// registered is an instance of this class itself: it passes values through unchanged, as graphql-js does.
/// </summary>
public class ScalarType : GraphQLNamedType
{
    public ScalarType(
        string name,
        string? description = null,
        string? specifiedByUrl = null,
        ScalarTypeDefinitionNode? astNode = null,
        IReadOnlyList<ScalarTypeExtensionNode>? extensionAstNodes = null)
        : base(name, description, astNode, extensionAstNodes)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the specification of this scalar's behaviour, exposed as <c>@specifiedBy(url:)</c>.</summary>
    public string? SpecifiedByUrl { get; }

    /// <summary>Result coercion: a resolver's CLR value → the value written to the response.</summary>
    public virtual object? Serialize(object? runtimeValue) => runtimeValue;

    /// <summary>Input coercion of a value from variables (JSON-like CLR values) → the CLR value resolvers get.</summary>
    public virtual object? ParseValue(object? inputValue) => inputValue;

    /// <summary>
    /// Input coercion of a literal → the CLR value resolvers get. By default the literal is read as a plain value
    /// (variables substituted) and handed to <see cref="ParseValue"/>.
    /// </summary>
    public virtual object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        ParseValue(InputValues.ValueFromAstUntyped(valueNode, variables));

    /// <summary>
    /// This scalar as declared by an SDL definition: the built-in DateTime and Date take the definition's
    /// description, <c>@specifiedBy</c> URL and AST node (keeping their own where the SDL has none), so that the
    /// SDL stays the contract; other scalars are used as they are.
    /// </summary>
    internal virtual ScalarType DeclaredBy(ScalarTypeDefinitionNode node, string? specifiedByUrl) => this;
}
