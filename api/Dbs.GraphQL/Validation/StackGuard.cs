using System.Runtime.CompilerServices;

namespace Dbs.GraphQL.Validation;

/// <summary>
/// Stops a validation cleanly ("Validation aborted.") where a recursion would otherwise exhaust the stack: the
/// walk of a document nested deeper than the parser's default bound, or a chain of thousands of fragments.
/// graphql-js would throw a RangeError there.
/// </summary>
internal static class StackGuard
{
    public static void Ensure()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ValidationAbortedException(reportAborted: true);
        }
    }
}
