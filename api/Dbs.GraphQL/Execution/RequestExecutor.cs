using Dbs.GraphQL.Errors;
using Dbs.GraphQL.Execution.CostAnalysis;
using Dbs.GraphQL.Language;
using Dbs.GraphQL.Types;
using Dbs.GraphQL.Validation;

namespace Dbs.GraphQL.Execution;

/// <summary>
/// Executes requests against one schema (spec §6 Execution, graphql-js's <c>graphql()</c>): finds the document in
/// the <see cref="DocumentCache"/> or parses and validates it, selects the operation, checks the limits, coerces the
/// variables and runs the operation's compiled plan. Build one per schema and share it; it is thread-safe.
/// </summary>
public sealed class RequestExecutor
{
    private readonly ResultTreePool _trees = new();
    private readonly IReadOnlyList<GraphQLError> _schemaErrors;
    private readonly ValidationOptions _validationOptions;
    private readonly SchemaCosts _costs = new();

    public RequestExecutor(Schema schema, RequestExecutorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Options = options ?? RequestExecutorOptions.Default;
        DocumentCache = new DocumentCache(Options.DocumentCacheSize);
        _schemaErrors = SchemaValidator.Validate(schema);
        _validationOptions = ValidationOptions.Default with
        {
            MaxErrors = Options.MaxValidationErrors,
            IncludeSuggestions = !Options.HideSuggestions,
        };
    }

    public Schema Schema { get; }

    public RequestExecutorOptions Options { get; }

    public DocumentCache DocumentCache { get; }

    /// <summary>Executes a document's only operation without variables.</summary>
    public Task<ExecutionResult> ExecuteAsync(string query, CancellationToken cancellationToken = default) =>
        ExecuteAsync(new OperationRequest { Query = query }, cancellationToken);

    /// <summary>
    /// The type of the operation a request would run (e.g. to refuse a mutation sent with GET), from the cached
    /// document (parsed and validated here if it is new, so the execution that follows finds it); null when the
    /// document has errors or does not select an operation.
    /// </summary>
    public OperationType? GetOperationType(string query, string? operationName = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var document = DocumentCache.GetOrAdd(query, Prepare);
        return document.Document is { } parsed && SelectOperation(parsed, operationName) is { } operation
            ? operation.Operation
            : null;
    }

    /// <summary>
    /// Executes the request. Request errors (syntax, validation, operation, limits, variables) come back as a result
    /// with errors and no data; only the caller's own cancellation throws.
    /// </summary>
    public async Task<ExecutionResult> ExecuteAsync(OperationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        if (_schemaErrors.Count > 0)
        {
            return new ExecutionResult(_schemaErrors);
        }

        if (DocumentText(request) is not { } text)
        {
            return request.DocumentId is { } id
                ? Failure(new GraphQLError($"The document \"{id}\" is not known."), ErrorCodes.PersistedDocumentNotFound)
                : Failure(new GraphQLError("Must provide a query or a document id."), ErrorCodes.ParseFailed);
        }

        var document = DocumentCache.GetOrAdd(text, Prepare);
        if (document.Errors.Count > 0)
        {
            return new ExecutionResult(WithCode(document.Errors, document.ErrorCode!));
        }

        if (SelectOperation(document.Document!, request.OperationName) is not { } operation)
        {
            return Failure(OperationSelectionError(document.Document!, request.OperationName), ErrorCodes.OperationResolutionFailure);
        }

        var prepared = document.GetOperation(Schema, operation);
        if (CheckLimits(prepared) is { } limitError)
        {
            return limitError;
        }

        IReadOnlyDictionary<string, object?>? inputs;
        try
        {
            inputs = request.VariablesJson is { } json ? VariableCoercion.FromJson(json) : request.Variables;
        }
        catch (GraphQLError error)
        {
            return Failure(error, ErrorCodes.BadUserInput);
        }

        var variableErrors = new List<GraphQLError>();
        var variables = VariableCoercion.Coerce(Schema, operation.VariableDefinitions,
            inputs ?? new Dictionary<string, object?>(), Options.MaxVariableErrors, Options.HideSuggestions, variableErrors);
        if (variables is null)
        {
            return new ExecutionResult(WithCode(variableErrors, ErrorCodes.BadUserInput));
        }

        if (prepared.RootType is null)
        {
            var error = new GraphQLError(
                $"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.", [operation]);
            return new ExecutionResult(WithCode([error], ErrorCodes.OperationNotSupported), hasData: true);
        }

        OperationCost? cost = null;
        if (Options.Cost is { } costOptions)
        {
            if (CheckCost(prepared, document, variables, costOptions, request.ReportCost, out var computed) is { } costFailure)
            {
                return costFailure;
            }

            cost = request.ReportCost ? computed : null;
        }

        var result = await ExecuteOperationAsync(prepared, variables, request, cancellationToken).ConfigureAwait(false);
        if (cost is { } reported)
        {
            result.SetExtension("operationCost", reported.ToExtension());
        }

        return result;
    }

    private ExecutionResult? CheckCost(PreparedOperation prepared, CachedDocument document,
        IReadOnlyDictionary<string, object?> variables, CostOptions options, bool report, out OperationCost cost)
    {
        cost = default;
        GraphQLError? error;
        try
        {
            (cost, error) = CostAnalyzer.Analyze(Schema, _costs, options, prepared.Operation, prepared.RootType!,
                document.Fragments, variables);
        }
        catch (InsufficientExecutionStackException)
        {
            return Failure(new GraphQLError("The operation is nested too deeply to be measured."), ErrorCodes.ExecutionDepthExceeded);
        }

        ExecutionResult? failure = null;
        if (error is not null)
        {
            failure = new ExecutionResult(WithCode([error], ErrorCodes.SlicingArgumentRequired));
        }
        else if (options.MaxFieldCost is { } maxField && cost.FieldCost > maxField)
        {
            failure = CostFailure(prepared, "field", cost.FieldCost, maxField);
        }
        else if (options.MaxTypeCost is { } maxType && cost.TypeCost > maxType)
        {
            failure = CostFailure(prepared, "type", cost.TypeCost, maxType);
        }

        if (failure is not null && report)
        {
            failure.SetExtension("operationCost", cost.ToExtension());
        }

        return failure;
    }

    private ExecutionResult CostFailure(PreparedOperation prepared, string kind, double cost, double limit)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = ErrorCodes.CostExceeded,
            [kind + "Cost"] = cost,
            ["max" + char.ToUpperInvariant(kind[0]) + kind[1..] + "Cost"] = limit,
        };
        return new ExecutionResult(WithCode([new GraphQLError(
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The maximum allowed {kind} cost was exceeded: the operation's {kind} cost is {cost:0.##}, the limit {limit:0.##}."),
            [prepared.Operation], extensions: extensions)], ErrorCodes.CostExceeded));
    }

    private async Task<ExecutionResult> ExecuteOperationAsync(PreparedOperation prepared,
        IReadOnlyDictionary<string, object?> variables, OperationRequest request, CancellationToken cancellationToken)
    {
        var plan = prepared.GetPlan(variables);
        using var timeout = Options.ExecutionTimeout is { } limit ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        timeout?.CancelAfter(Options.ExecutionTimeout!.Value);
        var tree = _trees.Rent();
        var execution = new OperationExecution(Schema, plan, variables, request.RootValue,
            request.Services ?? EmptyServiceProvider.Instance, request.ContextData, Options.IncludeExceptionDetails, tree,
            timeout?.Token ?? cancellationToken);
        try
        {
            await execution.ExecuteAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeout is { IsCancellationRequested: true })
        {
            _trees.Return(tree);
            return Failure(new GraphQLError($"The request exceeded the configured timeout of `{Options.ExecutionTimeout}`."),
                ErrorCodes.Timeout);
        }
        catch
        {
            _trees.Return(tree);
            throw;
        }

        return new ExecutionResult(tree, execution.Errors, _trees);
    }

    private string? DocumentText(OperationRequest request)
    {
        if (request.Query is { } query)
        {
            return query;
        }

        return request.DocumentId is { } id && Options.PersistedDocuments?.TryGetValue(id, out var text) == true ? text : null;
    }

    private CachedDocument Prepare(string text)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(new Source(text), Options.ParserOptions);
        }
        catch (GraphQLError syntaxError)
        {
            return new CachedDocument([syntaxError], ErrorCodes.ParseFailed);
        }

        if (Options.MaxDirectivesPerLocation is { } maxDirectives && DirectiveCount.FindExcess(document, maxDirectives) is { } excess)
        {
            return new CachedDocument([new GraphQLError(
                $"The GraphQL document has {excess.Directives.Count} directives in one location, more than the {maxDirectives} allowed.",
                [excess.Directives[maxDirectives]])], ErrorCodes.DirectivesPerLocationExceeded);
        }

        var errors = DocumentValidator.Validate(Schema, document, options: _validationOptions);
        return errors.Count > 0 ? new CachedDocument(errors, ErrorCodes.ValidationFailed) : new CachedDocument(document);
    }

    // Spec §6.1 GetOperation, with graphql-js's choice: without a name, the document must hold exactly one operation.
    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (found is not null)
                {
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                found = operation;
            }
        }

        return found;
    }

    private static GraphQLError OperationSelectionError(DocumentNode document, string? operationName)
    {
        if (operationName is not null)
        {
            return new GraphQLError($"Unknown operation named \"{operationName}\".");
        }

        return document.Definitions.Any(d => d is OperationDefinitionNode)
            ? new GraphQLError("Must provide operation name if query contains multiple operations.")
            : new GraphQLError("Must provide an operation.");
    }

    private ExecutionResult? CheckLimits(PreparedOperation prepared)
    {
        if (Options.MaxExecutionDepth is null && Options.MaxFieldCount is null && Options.MaxAliasCount is null)
        {
            return null;
        }

        OperationMeasures measures;
        try
        {
            measures = prepared.Measures;
        }
        catch (InsufficientExecutionStackException)
        {
            return Failure(new GraphQLError("The operation is nested too deeply to be measured."), ErrorCodes.ExecutionDepthExceeded);
        }

        if (Options.MaxExecutionDepth is { } maxDepth && measures.Depth > maxDepth)
        {
            return Failure(new GraphQLError(
                $"The GraphQL document has an execution depth of {measures.Depth} which exceeds the max allowed execution depth of {maxDepth}.",
                [prepared.Operation]), ErrorCodes.ExecutionDepthExceeded);
        }

        if (Options.MaxFieldCount is { } maxFields && measures.FieldCount > maxFields)
        {
            return Failure(new GraphQLError(
                $"The GraphQL document selects {measures.FieldCount} fields which exceeds the max allowed field count of {maxFields}.",
                [prepared.Operation]), ErrorCodes.FieldLimitExceeded);
        }

        if (Options.MaxAliasCount is { } maxAliases && measures.AliasCount > maxAliases)
        {
            return Failure(new GraphQLError(
                $"The GraphQL document uses {measures.AliasCount} aliases which exceeds the max allowed alias count of {maxAliases}.",
                [prepared.Operation]), ErrorCodes.AliasLimitExceeded);
        }

        return null;
    }

    private ExecutionResult Failure(GraphQLError error, string code) => new(WithCode([error], code));

    private IReadOnlyList<GraphQLError> WithCode(IReadOnlyList<GraphQLError> errors, string code)
    {
        if (!Options.IncludeErrorCodes)
        {
            return errors;
        }

        var coded = new GraphQLError[errors.Count];
        for (var i = 0; i < coded.Length; i++)
        {
            var error = errors[i];
            if (error.Extensions?.ContainsKey("code") == true)
            {
                coded[i] = error;
                continue;
            }

            var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (error.Extensions is { } existing)
            {
                foreach (var (key, value) in existing)
                {
                    extensions[key] = value;
                }
            }

            extensions["code"] = code;
            coded[i] = new GraphQLError(error.Message, error.Nodes, error.Source, error.Positions, error.Path,
                error.OriginalError, extensions);
        }

        return coded;
    }
}
