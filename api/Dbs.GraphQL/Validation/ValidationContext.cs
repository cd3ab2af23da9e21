using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Validation;

/// <summary>
/// What the rules of one validation share (graphql-js's <c>ValidationContext</c>): the schema and document, the
/// <see cref="TypeInfo"/> of the walk, the errors, and lookups computed once for all rules — fragments by name,
/// the spreads under a selection set, the fragments an operation reaches, the variables it uses.
/// </summary>
public sealed class ValidationContext
{
    // graphql-js's bound on the work spent following fragments from operations; past it validation is aborted.
    private const int FragmentWorkBudget = 50_000;

    private readonly List<GraphQLError> _errors;
    private readonly int _maxErrors;
    private DocumentWalker? _walker;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private Dictionary<SelectionSetNode, FragmentSpreadNode[]>? _fragmentSpreads;
    private Stack<SelectionSetNode>? _setsToVisit;
    private FragmentSets? _referencedFragments;
    private Dictionary<ExecutableDefinitionNode, VariableUsage[]>? _variableUsages;
    private Dictionary<object, VariableUsage[]>? _recursiveVariableUsages;
    private int _remainingFragmentWork = FragmentWorkBudget;

    internal ValidationContext(Schema schema, DocumentNode document, ValidationOptions options, List<GraphQLError> errors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = new TypeInfo(schema);
        IncludeSuggestions = options.IncludeSuggestions;
        _maxErrors = options.MaxErrors;
        _errors = errors;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public TypeInfo TypeInfo { get; }

    /// <summary>False when the host hides "Did you mean …?" suggestions (graphql-js's <c>hideSuggestions</c>).</summary>
    public bool IncludeSuggestions { get; }

    /// <summary>The top-level definition the walk is in, null at the document itself.</summary>
    public DefinitionNode? Definition => _walker?.Definition;

    /// <summary>
    /// An ancestor of the node being visited: 1 is its parent, 2 the parent's parent. Lists are not ancestors (unlike
    /// graphql-js's <c>ancestors</c>, which include arrays). Null above the document.
    /// </summary>
    public Node? GetAncestor(int generations) => _walker?.GetAncestor(generations);

    /// <summary>
    /// Records an error. Past <see cref="ValidationOptions.MaxErrors"/> errors, validation stops with graphql-js's
    /// "Too many validation errors" error.
    /// </summary>
    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted."));
            throw new ValidationAbortedException(reportAborted: false);
        }

        _errors.Add(error);
    }

    /// <summary>The fragment definition with this name; the last one when a name is defined twice, as in graphql-js.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>
    /// The fragment spreads anywhere under a selection set, not following them into fragments. The order is
    /// graphql-js's: the set's own spreads first, then those of nested selection sets, the last nested set first.
    /// </summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads is not null && _fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        List<FragmentSpreadNode>? spreads = null;
        var setsToVisit = _setsToVisit ??= new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        (spreads ??= []).Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelectionSet }:
                        setsToVisit.Push(fieldSelectionSet);
                        break;
                    case InlineFragmentNode inlineFragment:
                        setsToVisit.Push(inlineFragment.SelectionSet);
                        break;
                }
            }
        }

        // Only non-empty lists are kept: most selection sets spread nothing, and a second search for nothing is short.
        if (spreads is null)
        {
            return [];
        }

        FragmentSpreadNode[] result = [.. spreads];
        (_fragmentSpreads ??= new Dictionary<SelectionSetNode, FragmentSpreadNode[]>(ReferenceEqualityComparer.Instance))[selectionSet] = result;
        return result;
    }

    /// <summary>Every fragment an operation reaches through spreads, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        GetRecursivelyReferencedFragments([operation]);

    /// <summary>
    /// Every fragment some of the operations reach, in breadth-first order from their spreads. Results are shared
    /// between calls whose operations spread the same set of fragment names (the order of the first such call wins,
    /// as with graphql-js's cache).
    /// </summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        List<string>? fragmentNames = null;
        HashSet<string>? seen = null;
        for (var i = 0; i < operations.Count; i++)
        {
            var spreads = GetFragmentSpreads(operations[i].SelectionSet);
            for (var j = 0; j < spreads.Count; j++)
            {
                if ((seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(spreads[j].Name.Value))
                {
                    (fragmentNames ??= []).Add(spreads[j].Name.Value);
                }
            }
        }

        if (fragmentNames is null)
        {
            return [];
        }

        _referencedFragments ??= new FragmentSets();
        var key = _referencedFragments.KeyOf(fragmentNames);
        if (_referencedFragments.TryGet(key, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        SpendFragmentWork(fragmentNames.Count);
        var collectedNames = fragmentNames;
        for (var i = 0; i < collectedNames.Count; i++)
        {
            if (GetFragment(collectedNames[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen!.Add(spread.Name.Value))
                {
                    collectedNames.Add(spread.Name.Value);
                }
            }
        }

        _referencedFragments.Set(key, fragments);
        return fragments;
    }

    /// <summary>The variables used directly in an operation or fragment, in document order, with their positions' types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (_variableUsages is not null && _variableUsages.TryGetValue(definition, out var usages))
        {
            return usages;
        }

        // Not walked yet (a fragment defined after the operation that spreads it): a walk of its own.
        DocumentWalker.RecordVariableUsages(this, definition);
        return _variableUsages![definition];
    }

    /// <summary>The variables used in an operation and in every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        _recursiveVariableUsages ??= new Dictionary<object, VariableUsage[]>(ReferenceEqualityComparer.Instance);
        if (_recursiveVariableUsages.TryGetValue(operation, out var usages))
        {
            return usages;
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        if (!_recursiveVariableUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            var collected = new List<VariableUsage>();
            foreach (var fragment in fragments)
            {
                var local = GetVariableUsages(fragment);
                SpendFragmentWork(local.Count);
                collected.AddRange(local);
            }

            fragmentUsages = [.. collected];
            if (fragments.Count > 0)
            {
                _recursiveVariableUsages[fragments] = fragmentUsages;
            }
        }

        SpendFragmentWork(fragmentUsages.Length);
        var own = GetVariableUsages(operation);
        usages = fragmentUsages.Length == 0 && own is VariableUsage[] ownArray ? ownArray : [.. own, .. fragmentUsages];
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>Charges work against graphql-js's budget for following fragments; aborts validation when it runs out.</summary>
    internal void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException(reportAborted: true);
        }
    }

    internal void AttachWalker(DocumentWalker walker) => _walker = walker;

    /// <summary>Keeps the usages the walk found in a definition, unless a separate walk found them first.</summary>
    internal void RecordVariableUsages(ExecutableDefinitionNode definition, VariableUsage[] usages)
    {
        _variableUsages ??= new Dictionary<ExecutableDefinitionNode, VariableUsage[]>(ReferenceEqualityComparer.Instance);
        _variableUsages.TryAdd(definition, usages);
    }

    /// <summary>
    /// Caches fragment lists by the set of fragment names they start from, whatever the order: graphql-js's
    /// <c>SetMap</c>, which numbers names as it meets them and keys by the sorted numbers.
    /// </summary>
    private sealed class FragmentSets
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<FragmentDefinitionNode>> _entries = new(StringComparer.Ordinal);

        public string KeyOf(List<string> names)
        {
            var ids = new int[names.Count];
            for (var i = 0; i < ids.Length; i++)
            {
                if (!_ids.TryGetValue(names[i], out var id))
                {
                    id = _ids.Count;
                    _ids[names[i]] = id;
                }

                ids[i] = id;
            }

            Array.Sort(ids);
            return string.Join(',', ids);
        }

        public bool TryGet(string key, out List<FragmentDefinitionNode> fragments) =>
            _entries.TryGetValue(key, out fragments!);

        public void Set(string key, List<FragmentDefinitionNode> fragments) => _entries[key] = fragments;
    }
}
