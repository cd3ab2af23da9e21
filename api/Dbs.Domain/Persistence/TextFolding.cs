using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace Dbs.Domain.Persistence;

/// <summary>
/// Case folding for case-insensitive text matching that behaves the same on both providers and for every letter,
/// Danish ones included. SQLite's own <c>lower()</c> and <c>LIKE</c> fold ASCII only, and PostgreSQL's <c>lower()</c>
/// follows the database's locale (a "C" database leaves Æ, Ø and Å alone). So queries call <see cref="Fold"/>, which
/// SQL runs as <c>dbs_fold(x)</c> on SQLite (a function each connection registers: .NET's invariant lower-casing) and as
/// <c>lower(x COLLATE "und-x-icu")</c> on PostgreSQL (ICU's root locale, whatever the database's locale is). Both apply
/// Unicode's simple lower-case mapping, as <see cref="string.ToLowerInvariant"/> does for the values compared with it.
/// </summary>
public static class TextFolding
{
    public const string SqliteFunctionName = "dbs_fold";

    public const string PostgresCollation = "und-x-icu";

    private static readonly MethodInfo FoldMethod = typeof(TextFolding).GetMethod(nameof(Fold))!;

    /// <summary>The text lower-cased (Unicode simple case mapping); in a query, translated to SQL as described above.</summary>
    public static string? Fold(string? text) => text?.ToLowerInvariant();

    internal static void MapForSqlite(ModelBuilder modelBuilder) =>
        modelBuilder.HasDbFunction(FoldMethod).HasTranslation(arguments =>
            new SqlFunctionExpression(SqliteFunctionName, arguments, nullable: true, argumentsPropagateNullability: [true],
                typeof(string), arguments[0].TypeMapping));

    internal static void MapForPostgres(ModelBuilder modelBuilder) =>
        modelBuilder.HasDbFunction(FoldMethod).HasTranslation(arguments =>
            new SqlFunctionExpression("lower", [new CollateExpression(arguments[0], PostgresCollation)], nullable: true,
                argumentsPropagateNullability: [true], typeof(string), arguments[0].TypeMapping));
}
