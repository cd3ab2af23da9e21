namespace Dbs.Domain.Seeding;

/// <summary>What a demo data run left in the database: rows per table, and how long it took.</summary>
public sealed record DemoDataReport(IReadOnlyList<TableRowCount> Tables, TimeSpan Elapsed)
{
    public long TotalRows => Tables.Sum(t => t.Rows);

    public long RowsIn(string table) => Tables.FirstOrDefault(t => t.Table == table)?.Rows ?? 0;
}

/// <summary>The number of rows in one table.</summary>
public sealed record TableRowCount(string Table, long Rows);
