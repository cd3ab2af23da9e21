using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.4.3 Required Arguments (https://spec.graphql.org/September2025/#sec-Required-Arguments):
// "For each Field or Directive in the document: Let arguments be the arguments provided by the Field or Directive.
// Let argumentDefinitions be the set of argument definitions of that Field or Directive. For each
// argumentDefinition in argumentDefinitions: Let type be the expected type of argumentDefinition. Let defaultValue
// be the default value of argumentDefinition. If type is Non-Null and defaultValue does not exist: Let
// argumentName be the name of argumentDefinition. Let argument be the argument in arguments named argumentName.
// argument must exist. Let value be the value of argument. value must not be the null literal."
//
// An explicit null is ValuesOfCorrectTypeRule's to report. Checked when leaving a field or directive, so that
// errors inside its arguments come first, as in graphql-js.

/// <summary>Rejects a field or directive that leaves out a non-null argument without a default value.</summary>
public sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : ValidationVisitor
{
    private Dictionary<string, IReadOnlyList<(string Name, string Type)>>? _documentDirectives;

    public override bool EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                (_documentDirectives ??= new Dictionary<string, IReadOnlyList<(string, string)>>(StringComparer.Ordinal))
                    [directive.Name.Value] = directive.Arguments
                        .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                        .Select(a => (a.Name.Value, Printer.Print(a.Type)))
                        .ToList();
            }
        }

        return true;
    }

    public override void LeaveField(FieldNode node)
    {
        if (context.TypeInfo.FieldDef is not { } field)
        {
            return;
        }

        foreach (var argument in field.Arguments)
        {
            if (argument.IsRequired && !IsProvided(node.Arguments, argument.Name))
            {
                context.ReportError(new GraphQLError(
                    $"Field \"{field.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                    [node]));
            }
        }
    }

    public override void LeaveDirective(DirectiveNode node)
    {
        var name = node.Name.Value;
        if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var required))
        {
            foreach (var (argumentName, type) in required)
            {
                if (!IsProvided(node.Arguments, argumentName))
                {
                    Report(node, argumentName, type);
                }
            }
        }
        else if (context.Schema.GetDirective(name) is { } directive)
        {
            foreach (var argument in directive.Arguments)
            {
                if (argument.IsRequired && !IsProvided(node.Arguments, argument.Name))
                {
                    Report(node, argument.Name, $"{argument.Type}");
                }
            }
        }
    }

    private void Report(DirectiveNode node, string argumentName, string type) =>
        context.ReportError(new GraphQLError(
            $"Directive \"@{node.Name.Value}\" argument \"{argumentName}\" of type \"{type}\" is required, but it was not provided.",
            [node]));

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
