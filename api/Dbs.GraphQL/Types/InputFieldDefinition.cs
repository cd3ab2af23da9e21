using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Types;

/// <summary>A field of an input object type (spec §3.10).</summary>
public sealed class InputFieldDefinition(
    string name,
    GraphQLType type,
    string? description = null,
    bool hasDefaultValue = false,
    object? defaultValue = null,
    string? deprecationReason = null,
    InputValueDefinitionNode? astNode = null)
    : InputValueDefinition(name, type, description, hasDefaultValue, defaultValue, deprecationReason, astNode);
