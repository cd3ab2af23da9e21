using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Types;

/// <summary>
/// Object and interface types: named fields plus the interfaces they implement (spec §3.6, §3.7). Fields and
/// interfaces may be given as functions, so that types can refer to each other; they are read once, on first use.
/// </summary>
public abstract class ComplexOutputType : GraphQLNamedType
{
    private readonly Lazy<DefinitionList<FieldDefinition>> _fields;
    private readonly Lazy<IReadOnlyList<InterfaceType>> _interfaces;

    private protected ComplexOutputType(string name, Func<IEnumerable<FieldDefinition>> fields,
        Func<IEnumerable<InterfaceType>>? interfaces, string? description, TypeDefinitionNode? astNode,
        IReadOnlyList<TypeExtensionNode>? extensionAstNodes)
        : base(name, description, astNode, extensionAstNodes)
    {
        _fields = new(() => new DefinitionList<FieldDefinition>(fields()));
        _interfaces = new(() => interfaces is null ? [] : [.. interfaces()]);
    }

    public DefinitionList<FieldDefinition> Fields => _fields.Value;

    public IReadOnlyList<InterfaceType> Interfaces => _interfaces.Value;

    public FieldDefinition? GetField(string name) => Fields[name];

    public bool Implements(InterfaceType interfaceType)
    {
        foreach (var candidate in Interfaces)
        {
            if (ReferenceEquals(candidate, interfaceType))
            {
                return true;
            }
        }

        return false;
    }
}
