using System.Collections.Concurrent;
using System.Reflection;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Validation;

/// <summary>
/// For each node kind, which of a set of visitors override its enter or leave method, in rule order. The walk calls
/// only those, so a rule costs nothing at nodes it ignores. Built once per combination of visitor types.
/// </summary>
internal sealed class VisitorDispatch
{
    private static readonly Kind[] LeafValueKinds = [Kind.IntValue, Kind.FloatValue, Kind.StringValue, Kind.BooleanValue, Kind.EnumValue];

    private static readonly Kind[] TypeSystemKinds =
    [
        Kind.SchemaDefinition, Kind.OperationTypeDefinition, Kind.ScalarTypeDefinition, Kind.ObjectTypeDefinition,
        Kind.FieldDefinition, Kind.InputValueDefinition, Kind.InterfaceTypeDefinition, Kind.UnionTypeDefinition,
        Kind.EnumTypeDefinition, Kind.EnumValueDefinition, Kind.InputObjectTypeDefinition, Kind.DirectiveDefinition,
        Kind.SchemaExtension, Kind.DirectiveExtension, Kind.ScalarTypeExtension, Kind.ObjectTypeExtension,
        Kind.InterfaceTypeExtension, Kind.UnionTypeExtension, Kind.EnumTypeExtension, Kind.InputObjectTypeExtension,
    ];

    private static readonly (string Method, Kind[] Kinds)[] EnterMethods =
    [
        (nameof(ValidationVisitor.EnterDocument), [Kind.Document]),
        (nameof(ValidationVisitor.EnterOperationDefinition), [Kind.OperationDefinition]),
        (nameof(ValidationVisitor.EnterVariableDefinition), [Kind.VariableDefinition]),
        (nameof(ValidationVisitor.EnterSelectionSet), [Kind.SelectionSet]),
        (nameof(ValidationVisitor.EnterField), [Kind.Field]),
        (nameof(ValidationVisitor.EnterArgument), [Kind.Argument]),
        (nameof(ValidationVisitor.EnterFragmentSpread), [Kind.FragmentSpread]),
        (nameof(ValidationVisitor.EnterInlineFragment), [Kind.InlineFragment]),
        (nameof(ValidationVisitor.EnterFragmentDefinition), [Kind.FragmentDefinition]),
        (nameof(ValidationVisitor.EnterDirective), [Kind.Directive]),
        (nameof(ValidationVisitor.EnterNamedType), [Kind.NamedType]),
        (nameof(ValidationVisitor.EnterLeafValue), LeafValueKinds),
        (nameof(ValidationVisitor.EnterNullValue), [Kind.NullValue]),
        (nameof(ValidationVisitor.EnterListValue), [Kind.ListValue]),
        (nameof(ValidationVisitor.EnterObjectValue), [Kind.ObjectValue]),
        (nameof(ValidationVisitor.EnterObjectField), [Kind.ObjectField]),
        (nameof(ValidationVisitor.EnterTypeSystemNode), TypeSystemKinds),
    ];

    private static readonly (string Method, Kind[] Kinds)[] LeaveMethods =
    [
        (nameof(ValidationVisitor.LeaveDocument), [Kind.Document]),
        (nameof(ValidationVisitor.LeaveOperationDefinition), [Kind.OperationDefinition]),
        (nameof(ValidationVisitor.LeaveVariableDefinition), [Kind.VariableDefinition]),
        (nameof(ValidationVisitor.LeaveSelectionSet), [Kind.SelectionSet]),
        (nameof(ValidationVisitor.LeaveField), [Kind.Field]),
        (nameof(ValidationVisitor.LeaveArgument), [Kind.Argument]),
        (nameof(ValidationVisitor.LeaveFragmentSpread), [Kind.FragmentSpread]),
        (nameof(ValidationVisitor.LeaveInlineFragment), [Kind.InlineFragment]),
        (nameof(ValidationVisitor.LeaveFragmentDefinition), [Kind.FragmentDefinition]),
        (nameof(ValidationVisitor.LeaveDirective), [Kind.Directive]),
        (nameof(ValidationVisitor.LeaveListValue), [Kind.ListValue]),
        (nameof(ValidationVisitor.LeaveObjectValue), [Kind.ObjectValue]),
        (nameof(ValidationVisitor.LeaveObjectField), [Kind.ObjectField]),
        (nameof(ValidationVisitor.LeaveTypeSystemNode), TypeSystemKinds),
    ];

    private static readonly int KindCount = Enum.GetValues<Kind>().Length;

    private static readonly ConcurrentDictionary<Type, (ulong Enter, ulong Leave)> Overrides = new();

    private static readonly int[] None = [];

    // The table of the last combination of visitor types; with the specified rules it is always the same one.
    private static VisitorDispatch? s_last;

    private readonly Type[] _types;

    private VisitorDispatch(Type[] types)
    {
        _types = types;
        Enter = new int[KindCount][];
        Leave = new int[KindCount][];
        var masks = Array.ConvertAll(types, type => Overrides.GetOrAdd(type, FindOverrides));
        for (var kind = 0; kind < KindCount; kind++)
        {
            Enter[kind] = Select(masks, kind, leave: false);
            Leave[kind] = Select(masks, kind, leave: true);
        }
    }

    /// <summary>The table of a walk without rules (one that only collects variable usages).</summary>
    public static VisitorDispatch Empty { get; } = new([]);

    /// <summary>Indexes of the visitors whose enter method for a kind is overridden, by <see cref="Kind"/>.</summary>
    public int[][] Enter { get; }

    /// <summary>Indexes of the visitors whose leave method for a kind is overridden, by <see cref="Kind"/>.</summary>
    public int[][] Leave { get; }

    public static VisitorDispatch For(ValidationVisitor[] visitors)
    {
        var last = Volatile.Read(ref s_last);
        if (last is not null && last.Matches(visitors))
        {
            return last;
        }

        var created = new VisitorDispatch(Array.ConvertAll(visitors, v => v.GetType()));
        Volatile.Write(ref s_last, created);
        return created;
    }

    private bool Matches(ValidationVisitor[] visitors)
    {
        if (visitors.Length != _types.Length)
        {
            return false;
        }

        for (var i = 0; i < visitors.Length; i++)
        {
            if (visitors[i].GetType() != _types[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int[] Select((ulong Enter, ulong Leave)[] masks, int kind, bool leave)
    {
        var bit = 1UL << kind;
        var indexes = new List<int>();
        for (var i = 0; i < masks.Length; i++)
        {
            if (((leave ? masks[i].Leave : masks[i].Enter) & bit) != 0)
            {
                indexes.Add(i);
            }
        }

        return indexes.Count == 0 ? None : [.. indexes];
    }

    private static (ulong Enter, ulong Leave) FindOverrides(Type type) =>
        (Mask(type, EnterMethods), Mask(type, LeaveMethods));

    private static ulong Mask(Type type, (string Method, Kind[] Kinds)[] methods)
    {
        ulong mask = 0;
        foreach (var (name, kinds) in methods)
        {
            // By signature, so that an unrelated overload with the same name cannot confuse the lookup.
            var parameters = Array.ConvertAll(typeof(ValidationVisitor).GetMethod(name)!.GetParameters(), p => p.ParameterType);
            var method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Instance, parameters);
            if (method is not null && method.DeclaringType != typeof(ValidationVisitor))
            {
                foreach (var kind in kinds)
                {
                    mask |= 1UL << (int)kind;
                }
            }
        }

        return mask;
    }
}
