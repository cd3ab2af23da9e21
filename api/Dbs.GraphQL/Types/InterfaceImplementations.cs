namespace Dbs.GraphQL.Types;

/// <summary>The object and interface types that declare that they implement one interface.</summary>
public sealed record InterfaceImplementations(IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces)
{
    public static InterfaceImplementations None { get; } = new([], []);
}
