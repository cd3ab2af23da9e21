using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.7.3 Directives Are Unique per Location
// (https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-per-Location):
// "For every location in the document for which Directives can apply: Let directives be the set of Directives
// which apply to location and are not repeatable. For each directive in directives: Let directiveName be the name
// of directive. Let namedDirectives be the set of all Directives named directiveName in directives.
// namedDirectives must be a set of one."

/// <summary>
/// Rejects a non-repeatable directive used twice at one location. As in graphql-js, a type definition and its
/// extensions count as one location, and so do the schema definition and its extensions.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : ValidationVisitor
{
    private Dictionary<string, bool>? _documentDirectives;
    private Dictionary<string, DirectiveNode>? _schemaDirectives;
    private Dictionary<string, Dictionary<string, DirectiveNode>>? _typeDirectives;
    private Dictionary<string, Dictionary<string, DirectiveNode>>? _directiveDirectives;

    public override bool EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                (_documentDirectives ??= new Dictionary<string, bool>(StringComparer.Ordinal))[directive.Name.Value] =
                    !directive.Repeatable;
            }
        }

        return true;
    }

    public override bool EnterOperationDefinition(OperationDefinitionNode node) => CheckAlone(node.Directives);

    public override bool EnterVariableDefinition(VariableDefinitionNode node) => CheckAlone(node.Directives);

    public override bool EnterField(FieldNode node) => CheckAlone(node.Directives);

    public override bool EnterFragmentSpread(FragmentSpreadNode node) => CheckAlone(node.Directives);

    public override bool EnterInlineFragment(InlineFragmentNode node) => CheckAlone(node.Directives);

    public override bool EnterFragmentDefinition(FragmentDefinitionNode node) => CheckAlone(node.Directives);

    public override bool EnterTypeSystemNode(Node node)
    {
        if (node is not IHasDirectives { Directives.Count: > 0 } withDirectives)
        {
            return true;
        }

        var seen = node switch
        {
            SchemaDefinitionNode or SchemaExtensionNode =>
                _schemaDirectives ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal),
            TypeDefinitionNode type => SeenFor(ref _typeDirectives, type.Name.Value),
            TypeExtensionNode type => SeenFor(ref _typeDirectives, type.Name.Value),
            DirectiveDefinitionNode directive => SeenFor(ref _directiveDirectives, directive.Name.Value),
            DirectiveExtensionNode directive => SeenFor(ref _directiveDirectives, directive.Name.Value),
            _ => new Dictionary<string, DirectiveNode>(StringComparer.Ordinal),
        };
        foreach (var directive in withDirectives.Directives)
        {
            var name = directive.Name.Value;
            if (IsUnique(name))
            {
                if (seen.TryGetValue(name, out var first))
                {
                    Report(name, first, directive);
                }
                else
                {
                    seen.Add(name, directive);
                }
            }
        }

        return true;
    }

    // An executable location stands alone: compare its directives pairwise, allocating nothing.
    private bool CheckAlone(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 1; i < directives.Count; i++)
        {
            var name = directives[i].Name.Value;
            for (var j = 0; j < i; j++)
            {
                if (directives[j].Name.Value == name)
                {
                    if (IsUnique(name))
                    {
                        Report(name, directives[j], directives[i]);
                    }

                    break;
                }
            }
        }

        return true;
    }

    private bool IsUnique(string name)
    {
        if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var unique))
        {
            return unique;
        }

        return context.Schema.GetDirective(name) is { IsRepeatable: false };
    }

    private void Report(string name, DirectiveNode first, DirectiveNode repeated) =>
        context.ReportError(new GraphQLError(
            $"The directive \"@{name}\" can only be used once at this location.", [first, repeated]));

    private static Dictionary<string, DirectiveNode> SeenFor(
        ref Dictionary<string, Dictionary<string, DirectiveNode>>? byName, string name)
    {
        byName ??= new Dictionary<string, Dictionary<string, DirectiveNode>>(StringComparer.Ordinal);
        if (!byName.TryGetValue(name, out var seen))
        {
            byName.Add(name, seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal));
        }

        return seen;
    }
}
