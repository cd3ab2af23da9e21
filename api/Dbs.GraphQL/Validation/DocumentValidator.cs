using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec §5 Validation), as graphql-js's <c>validate</c>: every
/// rule runs in one walk over the document, and the errors come in graphql-js's order with its messages and
/// locations. An empty list means the document may be executed.
/// </summary>
public static class DocumentValidator
{
    private static readonly GraphQLError ValidationAborted = new("Validation aborted.");

    /// <summary>
    /// The errors of <paramref name="document"/> against <paramref name="schema"/> under
    /// <paramref name="rules"/> (default <see cref="SpecifiedRules.All"/>). Throws a <see cref="SchemaException"/>
    /// when the schema itself is invalid, as graphql-js's <c>assertValidSchema</c> does: that is the host's bug,
    /// not the client's (the schema's validity is computed once).
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document,
        IReadOnlyList<ValidationRule>? rules = null, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        rules ??= SpecifiedRules.All;
        options ??= ValidationOptions.Default;
        SchemaValidator.AssertValid(schema);

        var errors = new List<GraphQLError>();
        var context = new ValidationContext(schema, document, options, errors);
        var visitors = new ValidationVisitor[rules.Count];
        try
        {
            for (var i = 0; i < visitors.Length; i++)
            {
                visitors[i] = rules[i](context);
            }

            var walker = new DocumentWalker(context, context.TypeInfo, visitors, VisitorDispatch.For(visitors));
            context.AttachWalker(walker);
            walker.WalkDocument(document);
        }
        catch (ValidationAbortedException aborted)
        {
            if (aborted.ReportAborted)
            {
                errors.Add(ValidationAborted);
            }
        }

        return errors;
    }
}
