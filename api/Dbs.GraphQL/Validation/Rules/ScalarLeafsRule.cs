using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.3.3 Leaf Field Selections (https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections):
// "For each selection in the document: Let selectionType be the unwrapped result type of selection. If
// selectionType is a scalar or enum: The subselection set of that selection must be empty. If selectionType is an
// interface, union, or object: The subselection set of that selection must not be empty."

/// <summary>Requires sub-selections on fields of object, interface and union types, and forbids them on leaves.</summary>
public sealed class ScalarLeafsRule(ValidationContext context) : ValidationVisitor
{
    public override bool EnterField(FieldNode node)
    {
        if (context.TypeInfo.Type is not { } type)
        {
            return true;
        }

        var selectionSet = node.SelectionSet;
        if (type.NamedType.IsLeafType)
        {
            if (selectionSet is not null)
            {
                context.ReportError(new GraphQLError(
                    $"Field \"{node.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.",
                    [selectionSet]));
            }
        }
        else if (selectionSet is null)
        {
            context.ReportError(new GraphQLError(
                $"Field \"{node.Name.Value}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{node.Name.Value} {{ ... }}\"?",
                [node]));
        }
        else if (selectionSet.Selections.Count == 0)
        {
            context.ReportError(new GraphQLError(
                $"Field \"{node.Name.Value}\" of type \"{type}\" must have at least one field selected.", [node]));
        }

        return true;
    }
}
