using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.5.1.3 Fragments on Object, Interface or Union Types
// (https://spec.graphql.org/September2025/#sec-Fragments-on-Object-Interface-or-Union-Types):
// "For each fragment defined in the document: The target type of fragment must have kind UNION, INTERFACE, or
// OBJECT."

/// <summary>Rejects a fragment or inline fragment whose type condition is a scalar, enum or input type.</summary>
public sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationVisitor
{
    public override bool EnterInlineFragment(InlineFragmentNode node)
    {
        if (node.TypeCondition is { } typeCondition && IsNonComposite(typeCondition))
        {
            context.ReportError(new GraphQLError(
                $"Fragment cannot condition on non composite type \"{typeCondition.Name.Value}\".", [typeCondition]));
        }

        return true;
    }

    public override bool EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (IsNonComposite(node.TypeCondition))
        {
            context.ReportError(new GraphQLError(
                $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{node.TypeCondition.Name.Value}\".",
                [node.TypeCondition]));
        }

        return true;
    }

    // Unknown types are KnownTypeNamesRule's to report.
    private bool IsNonComposite(NamedTypeNode typeCondition) =>
        context.Schema.GetType(typeCondition.Name.Value) is { IsCompositeType: false };
}
