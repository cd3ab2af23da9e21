using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;

namespace Dbs.GraphQL.Execution;

/// <summary>
/// A document parsed and validated once: its errors (syntax or validation), or its fragments and, per operation,
/// the compiled plans.
/// </summary>
internal sealed class CachedDocument
{
    private readonly object _gate = new();
    private readonly Dictionary<OperationDefinitionNode, PreparedOperation> _operations = new(ReferenceEqualityComparer.Instance);

    public CachedDocument(IReadOnlyList<GraphQLError> errors, string errorCode)
    {
        Errors = errors;
        ErrorCode = errorCode;
        Fragments = new Dictionary<string, FragmentDefinitionNode>();
    }

    public CachedDocument(DocumentNode document)
    {
        Document = document;
        Errors = [];
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments[fragment.Name.Value] = fragment;
            }
        }

        Fragments = fragments;
    }

    public DocumentNode? Document { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    public string? ErrorCode { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public PreparedOperation GetOperation(Schema schema, OperationDefinitionNode operation)
    {
        lock (_gate)
        {
            if (!_operations.TryGetValue(operation, out var prepared))
            {
                prepared = new PreparedOperation(schema, operation, Fragments);
                _operations[operation] = prepared;
            }

            return prepared;
        }
    }
}
