using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.6.3 Input Object Field Uniqueness
// (https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness):
// "For each input object value inputObject in the document: For every inputField in inputObject: Let name be the
// Name of inputField. Let fields be all Input Object Fields named name in inputObject. fields must be the set
// containing only inputField."

/// <summary>Rejects an input object literal that gives a field twice (each repetition paired with the first).</summary>
public sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationVisitor
{
    // Small objects are searched directly; large ones get an index of first occurrences while they are visited.
    private const int IndexedFrom = 16;

    private Stack<Dictionary<string, NameNode>>? _firstByName;

    public override bool EnterObjectValue(ObjectValueNode node)
    {
        if (node.Fields.Count > IndexedFrom)
        {
            var first = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            foreach (var field in node.Fields)
            {
                first.TryAdd(field.Name.Value, field.Name);
            }

            (_firstByName ??= new Stack<Dictionary<string, NameNode>>()).Push(first);
        }

        return true;
    }

    public override void LeaveObjectValue(ObjectValueNode node)
    {
        if (node.Fields.Count > IndexedFrom)
        {
            _firstByName!.Pop();
        }
    }

    public override bool EnterObjectField(ObjectFieldNode node)
    {
        var name = node.Name.Value;
        NameNode? first = null;
        if (context.GetAncestor(1) is ObjectValueNode { Fields.Count: <= IndexedFrom } parent)
        {
            for (var i = 0; first is null; i++)
            {
                if (parent.Fields[i].Name.Value == name)
                {
                    first = parent.Fields[i].Name;
                }
            }
        }
        else
        {
            first = _firstByName!.Peek()[name];
        }

        if (!ReferenceEquals(first, node.Name))
        {
            context.ReportError(new GraphQLError($"There can be only one input field named \"{name}\".", [first!, node.Name]));
        }

        return true;
    }
}
