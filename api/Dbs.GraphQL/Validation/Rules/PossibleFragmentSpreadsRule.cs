using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.5.2.3 Fragment Spread Is Possible (https://spec.graphql.org/September2025/#sec-Fragment-Spread-Is-Possible):
// "For each spread (named or inline) defined in the document: Let fragment be the target of spread. Let
// fragmentType be the type condition of fragment. Let parentType be the type of the selection set containing
// spread. Let applicableTypes be the intersection of GetPossibleTypes(fragmentType) and
// GetPossibleTypes(parentType). applicableTypes must not be empty."

/// <summary>Rejects a fragment spread whose type can never apply where it is spread.</summary>
public sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationVisitor
{
    public override bool EnterInlineFragment(InlineFragmentNode node)
    {
        if (context.TypeInfo.Type is { IsCompositeType: true } fragmentType
            && context.TypeInfo.ParentType is { IsCompositeType: true } parentType
            && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType.NamedType, parentType))
        {
            context.ReportError(new GraphQLError(
                $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                [node]));
        }

        return true;
    }

    public override bool EnterFragmentSpread(FragmentSpreadNode node)
    {
        var fragmentName = node.Name.Value;
        if (context.GetFragment(fragmentName) is { } fragment
            && context.Schema.GetType(fragment.TypeCondition.Name.Value) is { IsCompositeType: true } fragmentType
            && context.TypeInfo.ParentType is { } parentType
            && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError(new GraphQLError(
                $"Fragment \"{fragmentName}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                [node]));
        }

        return true;
    }
}
