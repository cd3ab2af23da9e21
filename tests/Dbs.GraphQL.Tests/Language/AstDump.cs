using System.Globalization;
using System.Text;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Tests.Language;

/// <summary>
/// One line per node in visiting order: indentation by depth, kind, location and value. The same format printed
/// from graphql-js's own AST makes an expected output that checks node order, kinds, values and locations at once.
/// </summary>
internal sealed class AstDump : AstVisitor
{
    private readonly StringBuilder _text = new();

    public static string Of(Node node)
    {
        var dump = new AstDump();
        dump.Visit(node);
        return dump._text.ToString().TrimEnd('\n');
    }

    public override VisitorAction Enter(Node node, AstAncestors ancestors)
    {
        _text.Append(' ', ancestors.Count * 2).Append(node.Kind);
        if (node.Location is { } location)
        {
            _text.Append(CultureInfo.InvariantCulture, $" {location.Start}..{location.End}");
        }

        var value = node switch
        {
            NameNode name => name.Value,
            IntValueNode intValue => intValue.Value,
            FloatValueNode floatValue => floatValue.Value,
            StringValueNode stringValue => stringValue.Value + (stringValue.Block ? " (block)" : string.Empty),
            BooleanValueNode booleanValue => booleanValue.Value ? "true" : "false",
            EnumValueNode enumValue => enumValue.Value,
            OperationDefinitionNode operation => operation.Operation.ToString().ToLowerInvariant(),
            OperationTypeDefinitionNode operationType => operationType.Operation.ToString().ToLowerInvariant(),
            DirectiveDefinitionNode { Repeatable: true } => "repeatable",
            _ => null,
        };
        if (value is not null)
        {
            _text.Append(" \"").Append(value.Replace("\n", "\\n", StringComparison.Ordinal)).Append('"');
        }

        _text.Append('\n');
        return VisitorAction.Continue;
    }
}
