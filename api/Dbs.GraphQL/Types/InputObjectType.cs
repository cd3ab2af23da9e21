using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Types;

/// <summary>
/// An input object type (spec §3.10). A OneOf input object (<c>@oneOf</c>, spec §3.10.1) takes exactly one field,
/// not null. Coerced values are <c>IReadOnlyDictionary&lt;string, object?&gt;</c>.
/// </summary>
public sealed class InputObjectType : GraphQLNamedType
{
    private readonly Lazy<DefinitionList<InputFieldDefinition>> _fields;

    public InputObjectType(
        string name,
        Func<IEnumerable<InputFieldDefinition>> fields,
        string? description = null,
        bool isOneOf = false,
        InputObjectTypeDefinitionNode? astNode = null,
        IReadOnlyList<InputObjectTypeExtensionNode>? extensionAstNodes = null)
        : base(name, description, astNode, extensionAstNodes)
    {
        _fields = new(() => new DefinitionList<InputFieldDefinition>(fields()));
        IsOneOf = isOneOf;
    }

    public InputObjectType(string name, IEnumerable<InputFieldDefinition> fields, string? description = null, bool isOneOf = false)
        : this(name, () => fields, description, isOneOf)
    {
    }

    public override TypeKind Kind => TypeKind.InputObject;

    public DefinitionList<InputFieldDefinition> Fields => _fields.Value;

    public bool IsOneOf { get; }
}
