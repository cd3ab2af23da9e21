using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Types;

/// <summary>An argument of a field or directive (spec §3.6.1).</summary>
public sealed class ArgumentDefinition(
    string name,
    GraphQLType type,
    string? description = null,
    bool hasDefaultValue = false,
    object? defaultValue = null,
    string? deprecationReason = null,
    InputValueDefinitionNode? astNode = null)
    : InputValueDefinition(name, type, description, hasDefaultValue, defaultValue, deprecationReason, astNode);
