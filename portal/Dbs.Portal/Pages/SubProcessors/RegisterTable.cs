namespace Dbs.Portal.Pages.SubProcessors;

/// <summary>What the register's table partial shows: its rows, and whether they can still be ended or withdrawn.</summary>
public sealed record RegisterTable(string Id, string Caption, IReadOnlyList<IndexModel.Entry> Entries, DateOnly Today, bool WithActions);
