namespace Dbs.GraphQL.Validation;

/// <summary>
/// Unwinds a validation that must stop: the error limit was reached (its error is already recorded) or a work
/// budget ran out (graphql-js then adds "Validation aborted."). Never escapes <see cref="DocumentValidator"/>.
/// </summary>
internal sealed class ValidationAbortedException(bool reportAborted) : Exception("Validation aborted.")
{
    /// <summary>True when "Validation aborted." is still to be added to the errors.</summary>
    public bool ReportAborted { get; } = reportAborted;
}
