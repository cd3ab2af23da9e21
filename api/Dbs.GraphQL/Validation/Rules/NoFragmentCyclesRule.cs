using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.5.2.2 Fragment Spreads Must Not Form Cycles
// (https://spec.graphql.org/September2025/#sec-Fragment-Spreads-Must-Not-Form-Cycles):
// "For each fragmentDefinition in the document: Let visited be the empty set.
// DetectFragmentCycles(fragmentDefinition, visited)." — where DetectFragmentCycles requires that no spread among
// the fragment spread descendants is already in visited, and recurses into each spread's target.

/// <summary>
/// Rejects fragments that spread themselves, directly or through others. Like graphql-js, one depth-first search
/// over all fragments reports each cycle once; it keeps its own stack, so long fragment chains cannot overflow.
/// </summary>
public sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationVisitor
{
    // Made on the first fragment definition: most documents have none.
    private CycleSearch? _search;

    public override bool EnterOperationDefinition(OperationDefinitionNode node) => false;

    public override bool EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        (_search ??= new CycleSearch(context)).Explore(node);
        return false;
    }

    /// <summary>The depth-first search, with the fragments visited so far and the spreads on the current path.</summary>
    private sealed class CycleSearch(ValidationContext context)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);
        private readonly Stack<Frame> _frames = new();

        public void Explore(FragmentDefinitionNode fragment)
        {
            if (!_visited.Add(fragment.Name.Value) || !Enter(fragment.Name.Value, fragment))
            {
                return;
            }

            while (_frames.TryPeek(out var frame))
            {
                if (frame.Next == frame.Spreads.Count)
                {
                    _spreadPathIndexByName.Remove(frame.Name);
                    _frames.Pop();
                    if (_frames.Count > 0)
                    {
                        _spreadPath.RemoveAt(_spreadPath.Count - 1);
                    }

                    continue;
                }

                var spread = frame.Spreads[frame.Next++];
                var spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    ReportCycle(spreadName, cycleIndex);
                }
                else if (context.GetFragment(spreadName) is { } target && _visited.Add(spreadName) && Enter(spreadName, target))
                {
                    // The spread stays on the path until the target's exploration ends.
                    continue;
                }

                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }
        }

        // Starts exploring a fragment, unless it spreads nothing.
        private bool Enter(string name, FragmentDefinitionNode fragment)
        {
            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return false;
            }

            _spreadPathIndexByName[name] = _spreadPath.Count;
            _frames.Push(new Frame(name, spreads));
            return true;
        }

        private void ReportCycle(string spreadName, int cycleIndex)
        {
            var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
            var via = string.Join(", ", cyclePath.Take(cyclePath.Count - 1).Select(s => "\"" + s.Name.Value + "\""));
            context.ReportError(new GraphQLError(
                $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                cyclePath));
        }
    }

    private sealed class Frame(string name, IReadOnlyList<FragmentSpreadNode> spreads)
    {
        public string Name { get; } = name;

        public IReadOnlyList<FragmentSpreadNode> Spreads { get; } = spreads;

        public int Next { get; set; }
    }
}
