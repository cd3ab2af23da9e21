using Dbs.GraphQL.Errors;

namespace Dbs.Api.GraphQL.Filtering;

/// <summary>The <c>extensions.code</c>s of rejected <c>where</c> and <c>order</c> arguments, and their errors.</summary>
public static class FilterErrors
{
    /// <summary><c>and</c>/<c>or</c>/relations nested deeper than <see cref="FilterLimits.MaxDepth"/>.</summary>
    public const string TooDeep = "FILTER_TOO_DEEP";

    /// <summary>More than <see cref="FilterLimits.MaxOperations"/> operations in one filter.</summary>
    public const string TooComplex = "FILTER_TOO_COMPLEX";

    /// <summary>More than <see cref="FilterLimits.MaxValues"/> values in one <c>in</c>/<c>nin</c>.</summary>
    public const string TooManyValues = "FILTER_TOO_MANY_VALUES";

    /// <summary>A value the operation cannot use (e.g. <c>contains: null</c>).</summary>
    public const string InvalidValue = "FILTER_INVALID_VALUE";

    /// <summary>More than <see cref="FilterLimits.MaxSortKeys"/> entries in <c>order</c>.</summary>
    public const string TooManySortKeys = "SORT_TOO_MANY_KEYS";

    /// <summary>An <c>order</c> entry that names no field or several (their order would be ambiguous).</summary>
    public const string InvalidSort = "SORT_INVALID";

    internal static GraphQLError Error(string message, string code) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });
}
