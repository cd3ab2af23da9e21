using System.Text;
using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.3.2 Field Selection Merging (https://spec.graphql.org/September2025/#sec-Field-Selection-Merging):
// "Let set be any selection set defined in the GraphQL document. FieldsInSetCanMerge(set) must be true."
// FieldsInSetCanMerge(set): for each pair of fields with the same response name, including those reached through
// fragments and inline fragments: SameResponseShape(fieldA, fieldB) must be true; and if their parent types are
// equal or either is not an Object Type, they must have identical field names and arguments, and the union of
// their selection sets must itself be able to merge.
//
// The algorithm is graphql-js 16.15's: fields are collected once per (type, selection set) and cached, pairs of
// fragments are compared once (its PairSet), a field pair's name-and-arguments verdict is memoised, and a work
// budget of 500,000 comparisons aborts validation of a hostile document ("Validation aborted.") instead of letting
// it take exponential time. Messages and their node lists are bounded as in graphql-js (1,000 characters, 20
// nodes per side).

/// <summary>
/// Rejects selections that put two different fields, or one field with different arguments or incompatible types,
/// under one response name.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationVisitor
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int ComplexityBudget = 500_000;

    // Made when first needed: a document whose selection sets cannot conflict needs none of them.
    private Dictionary<(GraphQLNamedType?, SelectionSetNode), FieldsAndFragments>? _collected;
    private Dictionary<(string, string), bool>? _comparedFragmentPairs;
    private List<string>? _responseNames;
    private int _remainingBudget = ComplexityBudget;

    public override bool EnterSelectionSet(SelectionSetNode node)
    {
        // An inline fragment's fields belong to the enclosing selection set, which compares them.
        if (context.GetAncestor(1) is InlineFragmentNode)
        {
            return true;
        }

        var selections = node.Selections;
        if (selections.Count == 0 || (selections.Count == 1 && selections[0] is not InlineFragmentNode) || !MayConflict(node))
        {
            return true;
        }

        var conflicts = FindConflictsWithinSelectionSet(context.TypeInfo.ParentType, node);
        foreach (var conflict in conflicts)
        {
            var nodes = new List<Node>(conflict.Fields1.Count + conflict.Fields2.Count);
            nodes.AddRange(conflict.Fields1);
            nodes.AddRange(conflict.Fields2);
            context.ReportError(new GraphQLError(
                $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                nodes));
        }

        return true;
    }

    // A selection set without fragment spreads whose response names all differ has nothing to compare (and graphql-js
    // spends no budget on it): skip collecting it.
    private bool MayConflict(SelectionSetNode node)
    {
        var names = _responseNames ??= [];
        names.Clear();
        if (!GatherResponseNames(node, names))
        {
            return true;
        }

        if (names.Count > 32)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                if (!seen.Add(name))
                {
                    return true;
                }
            }

            return false;
        }

        for (var i = 1; i < names.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (names[i] == names[j])
                {
                    return true;
                }
            }
        }

        return false;
    }

    // False when the set spreads a fragment.
    private static bool GatherResponseNames(SelectionSetNode node, List<string> names)
    {
        var selections = node.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    names.Add(field.Alias?.Value ?? field.Name.Value);
                    break;
                case InlineFragmentNode inlineFragment:
                    if (!GatherResponseNames(inlineFragment.SelectionSet, names))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private List<Conflict> FindConflictsWithinSelectionSet(GraphQLNamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var collected = CollectFields(parentType, selectionSet);

        // (A) Conflicts among the fields of this selection set itself.
        CollectConflictsWithin(conflicts, collected);

        // Fragments are compared with the fields, and with each other, only when there is something to compare.
        var fragmentNames = collected.FragmentNames;
        if (fragmentNames.Count != 0 && (collected.Groups.Count != 0 || fragmentNames.Count > 1))
        {
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                // (B) The fields against each fragment spread here.
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, fragmentNames[i]);

                // (C) Each fragment against the fragments after it.
                for (var j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }
        }

        return conflicts;
    }

    // The fields of a selection set against those of a fragment and of the fragments it spreads.
    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool areMutuallyExclusive,
        FieldsAndFragments collected, string fragmentName)
    {
        StackGuard.Ensure();
        Spend(1);
        if (collected.Groups.Count == 0)
        {
            return;
        }

        // A comparison made with exclusive parents can only be reused for exclusive parents.
        collected.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (collected.ComparedFragments.TryGetValue(fragmentName, out var comparedExclusively)
            && (!comparedExclusively || areMutuallyExclusive))
        {
            return;
        }

        collected.ComparedFragments[fragmentName] = areMutuallyExclusive;
        if (context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var fragmentCollected = CollectFragmentFields(fragment);
        if (ReferenceEquals(collected, fragmentCollected))
        {
            return;
        }

        // (D) The fields against the fragment's own fields.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected, fragmentCollected);

        // (E) The fields against the fragments the fragment spreads.
        foreach (var referencedName in fragmentCollected.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected, referencedName);
        }
    }

    // Two fragments against each other, including the fragments each spreads.
    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive,
        string fragmentName1, string fragmentName2)
    {
        StackGuard.Ensure();
        Spend(2);
        if (fragmentName1 == fragmentName2 || WereCompared(fragmentName1, fragmentName2, areMutuallyExclusive))
        {
            return;
        }

        (_comparedFragmentPairs ??= [])[(fragmentName1, fragmentName2)] = areMutuallyExclusive;
        if (context.GetFragment(fragmentName1) is not { } fragment1 || context.GetFragment(fragmentName2) is not { } fragment2)
        {
            return;
        }

        var collected1 = CollectFragmentFields(fragment1);
        var collected2 = CollectFragmentFields(fragment2);

        // (F) The two fragments' own fields.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);

        // (G) Each fragment against the fragments the other spreads.
        foreach (var referencedName2 in collected2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referencedName2);
        }

        foreach (var referencedName1 in collected1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referencedName1, fragmentName2);
        }
    }

    // graphql-js's PairSet: a pair compared with non-exclusive parents also answers for exclusive ones.
    private bool WereCompared(string a, string b, bool areMutuallyExclusive)
    {
        return Has(a, b) || Has(b, a);

        bool Has(string first, string second) =>
            _comparedFragmentPairs is not null
            && _comparedFragmentPairs.TryGetValue((first, second), out var storedExclusive)
            && (areMutuallyExclusive || !storedExclusive);
    }

    // The sub-selections of two same-named fields, including the fragments either spreads.
    private List<Conflict> FindConflictsBetweenSubSelectionSets(bool areMutuallyExclusive,
        GraphQLNamedType? parentType1, SelectionSetNode selectionSet1, GraphQLNamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var collected1 = CollectFields(parentType1, selectionSet1);
        var collected2 = CollectFields(parentType2, selectionSet2);

        // (H) The two sets of fields.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);

        // (I) Each set of fields against the other's fragments.
        foreach (var fragmentName2 in collected2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected1, fragmentName2);
        }

        foreach (var fragmentName1 in collected1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected2, fragmentName1);
        }

        // (J) Every fragment of one against every fragment of the other.
        foreach (var fragmentName1 in collected1.FragmentNames)
        {
            foreach (var fragmentName2 in collected2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, FieldsAndFragments collected)
    {
        foreach (var (responseName, fields) in collected.Groups)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive,
        FieldsAndFragments collected1, FieldsAndFragments collected2)
    {
        if (collected1.Groups.Count == 0 || collected2.Groups.Count == 0)
        {
            return;
        }

        foreach (var (responseName, fields1, fields2) in GetOverlappingFields(collected1, collected2))
        {
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    // The response names two collections share; remembered, as the same two collections meet again and again.
    private List<Overlap> GetOverlappingFields(FieldsAndFragments collected1, FieldsAndFragments collected2)
    {
        collected1.OverlappingFields ??= new Dictionary<FieldsAndFragments, List<Overlap>>(ReferenceEqualityComparer.Instance);
        if (collected1.OverlappingFields.TryGetValue(collected2, out var cached))
        {
            return cached;
        }

        var overlapping = new List<Overlap>();
        foreach (var (responseName, fields1) in collected1.Groups)
        {
            Spend(1);
            if (collected2.Find(responseName) is { } fields2)
            {
                overlapping.Add(new Overlap(responseName, fields1, fields2));
            }
        }

        collected1.OverlappingFields[collected2] = overlapping;
        return overlapping;
    }

    // The conflict between two fields with one response name, if any, including their sub-selections.
    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        // Different object types can never apply at once: their fields may differ in name and arguments then.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        Spend(2);
        var node1 = field1.Node;
        var node2 = field2.Node;
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!areMutuallyExclusive)
        {
            var info1 = field1.Info;
            var info2 = field2.Info;
            info1.Comparisons ??= new Dictionary<FieldInfo, string?>(ReferenceEqualityComparer.Instance);
            if (!info1.Comparisons.TryGetValue(info2, out var reason))
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                reason = name1 != name2
                    ? $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields"
                    : SameArguments(info1.Arguments, info2.Arguments) ? null : "they have differing arguments";
                info1.Comparisons[info2] = reason;
            }

            if (reason is not null)
            {
                return new Conflict(responseName, reason, [node1], [node2]);
            }
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            var typeString1 = field1.Info.TypeString ??= type1.ToString();
            var typeString2 = field2.Info.TypeString ??= type2.ToString();
            return new Conflict(responseName, $"they return conflicting types \"{typeString1}\" and \"{typeString2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            StackGuard.Ensure();
            var conflicts = FindConflictsBetweenSubSelectionSets(areMutuallyExclusive,
                field1.Info.NamedType, selectionSet1, field2.Info.NamedType, selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }

        return null;
    }

    private bool SameArguments(IReadOnlyList<ArgumentNode>? arguments1, IReadOnlyList<ArgumentNode>? arguments2)
    {
        if (arguments1 is null)
        {
            return arguments2 is null;
        }

        if (arguments1.Count != arguments2?.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            Spend(1);
            if (LastArgumentValue(arguments2, argument1.Name.Value) is not { } value2 || !SameValue(argument1.Value, value2))
            {
                return false;
            }
        }

        return true;
    }

    // Of repeated arguments the last counts, as graphql-js keys them by name.
    private static ValueNode? LastArgumentValue(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = arguments.Count - 1; i >= 0; i--)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i].Value;
            }
        }

        return null;
    }

    // Equal as graphql-js's comparison of printed values: same kinds and texts (a block string differs from a plain
    // one), object fields in name order.
    private static bool SameValue(ValueNode value1, ValueNode value2)
    {
        switch (value1)
        {
            case VariableNode variable1:
                return value2 is VariableNode variable2 && variable1.Name.Value == variable2.Name.Value;
            case IntValueNode int1:
                return value2 is IntValueNode int2 && int1.Value == int2.Value;
            case FloatValueNode float1:
                return value2 is FloatValueNode float2 && float1.Value == float2.Value;
            case StringValueNode string1:
                return value2 is StringValueNode string2 && string1.Value == string2.Value && string1.Block == string2.Block;
            case BooleanValueNode boolean1:
                return value2 is BooleanValueNode boolean2 && boolean1.Value == boolean2.Value;
            case NullValueNode:
                return value2 is NullValueNode;
            case EnumValueNode enum1:
                return value2 is EnumValueNode enum2 && enum1.Value == enum2.Value;
            case ListValueNode list1:
                if (value2 is not ListValueNode list2 || list1.Values.Count != list2.Values.Count)
                {
                    return false;
                }

                for (var i = 0; i < list1.Values.Count; i++)
                {
                    if (!SameValue(list1.Values[i], list2.Values[i]))
                    {
                        return false;
                    }
                }

                return true;
            case ObjectValueNode object1:
                if (value2 is not ObjectValueNode object2 || object1.Fields.Count != object2.Fields.Count)
                {
                    return false;
                }

                var fields1 = SortedFields(object1);
                var fields2 = SortedFields(object2);
                for (var i = 0; i < fields1.Length; i++)
                {
                    if (fields1[i].Name.Value != fields2[i].Name.Value || !SameValue(fields1[i].Value, fields2[i].Value))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    private static ObjectFieldNode[] SortedFields(ObjectValueNode value) =>
        [.. value.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal)];

    // Composite types are compared through their sub-selections; lists, non-null wrappers and leaf types must match.
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (true)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }

            Spend(1);
            if (type1 is ListType list1)
            {
                if (type2 is not ListType list2)
                {
                    return true;
                }

                (type1, type2) = (list1.OfType, list2.OfType);
                continue;
            }

            if (type2 is ListType)
            {
                return true;
            }

            if (type1 is NonNullType nonNull1)
            {
                if (type2 is not NonNullType nonNull2)
                {
                    return true;
                }

                (type1, type2) = (nonNull1.OfType, nonNull2.OfType);
                continue;
            }

            if (type2 is NonNullType)
            {
                return true;
            }

            // Named types that are not the same: a conflict when either is a scalar or enum.
            return type1.IsLeafType || type2.IsLeafType;
        }
    }

    private FieldsAndFragments CollectFields(GraphQLNamedType? parentType, SelectionSetNode selectionSet)
    {
        _collected ??= [];
        if (_collected.TryGetValue((parentType, selectionSet), out var cached))
        {
            return cached;
        }

        var collected = new FieldsAndFragments();
        CollectFieldsInto(parentType, selectionSet, collected);
        _collected[(parentType, selectionSet)] = collected;
        return collected;
    }

    private FieldsAndFragments CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private void CollectFieldsInto(GraphQLNamedType? parentType, SelectionSetNode selectionSet, FieldsAndFragments collected)
    {
        StackGuard.Ensure();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is ComplexOutputType complex ? complex.GetField(field.Name.Value) : null;
                    collected.Add(field.Alias?.Value ?? field.Name.Value, new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    collected.AddFragmentName(spread.Name.Value);
                    break;
                case InlineFragmentNode inlineFragment:
                    var fragmentType = inlineFragment.TypeCondition is { } typeCondition
                        ? context.Schema.GetType(typeCondition.Name.Value)
                        : parentType;
                    CollectFieldsInto(fragmentType, inlineFragment.SelectionSet, collected);
                    break;
            }
        }
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            message.Append(message.Length == 0 ? string.Empty : " and ")
                .Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(responseName, Abbreviate(message.ToString()),
            CollectConflictNodes(node1, conflicts, first: true), CollectConflictNodes(node2, conflicts, first: false));
    }

    // The enclosing field, then the fields of the sub-conflicts, at most 20: the deepest kept when some must go.
    private static List<FieldNode> CollectConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;
            nodes.AddRange(side.Count > remaining ? side.GetRange(side.Count - remaining, remaining) : side);
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    private void Spend(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            throw new ValidationAbortedException(reportAborted: true);
        }
    }

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    private readonly record struct Overlap(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2);

    /// <summary>One selected field: where it was found and what the schema says it is.</summary>
    private sealed class FieldDetails(GraphQLNamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        private FieldInfo? _info;

        public GraphQLNamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public FieldDefinition? Definition { get; } = definition;

        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        /// <summary>Prepared only for fields that overlap another.</summary>
        public FieldInfo Info => _info ??= new FieldInfo(Definition?.Type.NamedType, Node.Arguments.Count == 0 ? null : Node.Arguments);
    }

    private sealed class FieldInfo(GraphQLNamedType? namedType, IReadOnlyList<ArgumentNode>? arguments)
    {
        public GraphQLNamedType? NamedType { get; } = namedType;

        public IReadOnlyList<ArgumentNode>? Arguments { get; } = arguments;

        /// <summary>The verdict on names and arguments against other fields: a reason, or null for none.</summary>
        public Dictionary<FieldInfo, string?>? Comparisons { get; set; }

        public string? TypeString { get; set; }
    }

    /// <summary>The fields of a selection set by response name, in order, and the fragments it spreads.</summary>
    private sealed class FieldsAndFragments
    {
        private const int IndexedFrom = 8;
        private Dictionary<string, List<FieldDetails>>? _byName;
        private HashSet<string>? _fragmentNameSet;

        public List<(string ResponseName, List<FieldDetails> Fields)> Groups { get; } = [];

        public List<string> FragmentNames { get; } = [];

        /// <summary>Per fragment compared with these fields: whether that comparison had exclusive parents.</summary>
        public Dictionary<string, bool>? ComparedFragments { get; set; }

        public Dictionary<FieldsAndFragments, List<Overlap>>? OverlappingFields { get; set; }

        public List<FieldDetails>? Find(string responseName)
        {
            if (_byName is not null)
            {
                return _byName.GetValueOrDefault(responseName);
            }

            foreach (var (name, fields) in Groups)
            {
                if (name == responseName)
                {
                    return fields;
                }
            }

            return null;
        }

        public void Add(string responseName, FieldDetails field)
        {
            if (Find(responseName) is { } fields)
            {
                fields.Add(field);
                return;
            }

            fields = [field];
            Groups.Add((responseName, fields));
            if (_byName is not null)
            {
                _byName.Add(responseName, fields);
            }
            else if (Groups.Count > IndexedFrom)
            {
                _byName = new Dictionary<string, List<FieldDetails>>(StringComparer.Ordinal);
                foreach (var (name, group) in Groups)
                {
                    _byName.Add(name, group);
                }
            }
        }

        public void AddFragmentName(string name)
        {
            if (FragmentNames.Count < IndexedFrom)
            {
                if (!FragmentNames.Contains(name))
                {
                    FragmentNames.Add(name);
                }

                return;
            }

            _fragmentNameSet ??= new HashSet<string>(FragmentNames, StringComparer.Ordinal);
            if (_fragmentNameSet.Add(name))
            {
                FragmentNames.Add(name);
            }
        }
    }
}
