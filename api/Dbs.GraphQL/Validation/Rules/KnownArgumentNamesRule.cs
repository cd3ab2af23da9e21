using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Utilities;

namespace Dbs.GraphQL.Validation.Rules;

// Spec §5.4.1 Argument Names (https://spec.graphql.org/September2025/#sec-Argument-Names):
// "For each argument in the document: Let argumentName be the Name of argument. Let argumentDefinition be the
// argument definition provided by the parent field or definition named argumentName. argumentDefinition must
// exist."

/// <summary>Rejects an argument its field or directive does not define, suggesting similar argument names.</summary>
public sealed class KnownArgumentNamesRule(ValidationContext context) : ValidationVisitor
{
    private Dictionary<string, IReadOnlyList<string>>? _documentDirectiveArguments;

    public override bool EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                (_documentDirectiveArguments ??= new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal))
                    [directive.Name.Value] = directive.Arguments.Select(a => a.Name.Value).ToList();
            }
        }

        return true;
    }

    public override bool EnterDirective(DirectiveNode node)
    {
        var directiveName = node.Name.Value;
        if (_documentDirectiveArguments is not null && _documentDirectiveArguments.TryGetValue(directiveName, out var defined))
        {
            foreach (var argument in node.Arguments)
            {
                if (!defined.Contains(argument.Name.Value))
                {
                    ReportUnknown(directiveName, argument, defined);
                }
            }
        }
        else if (context.Schema.GetDirective(directiveName) is { } directive)
        {
            foreach (var argument in node.Arguments)
            {
                if (!directive.Arguments.Contains(argument.Name.Value))
                {
                    ReportUnknown(directiveName, argument, directive.Arguments.Names);
                }
            }
        }

        // The directive's arguments are checked here; the field-argument check below must not see them.
        return false;
    }

    public override bool EnterArgument(ArgumentNode node)
    {
        if (context.TypeInfo.Argument is null
            && context.TypeInfo.FieldDef is { } field
            && context.TypeInfo.ParentType is { } parentType)
        {
            var argumentName = node.Name.Value;
            var suggestions = context.IncludeSuggestions ? SuggestionList.Suggest(argumentName, field.Arguments.Names) : [];
            context.ReportError(new GraphQLError(
                $"Unknown argument \"{argumentName}\" on field \"{parentType.Name}.{field.Name}\"." + SuggestionList.DidYouMean(suggestions),
                [node]));
        }

        return true;
    }

    private void ReportUnknown(string directiveName, ArgumentNode argument, IEnumerable<string> known)
    {
        var argumentName = argument.Name.Value;
        var suggestions = context.IncludeSuggestions ? SuggestionList.Suggest(argumentName, known) : [];
        context.ReportError(new GraphQLError(
            $"Unknown argument \"{argumentName}\" on directive \"@{directiveName}\"." + SuggestionList.DidYouMean(suggestions),
            [argument]));
    }
}
