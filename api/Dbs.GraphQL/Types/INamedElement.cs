namespace Dbs.GraphQL.Types;

/// <summary>A named member of a type system element: field, argument, input field or enum value.</summary>
public interface INamedElement
{
    string Name { get; }
}
