namespace Dbs.Domain.SubProcessors;

/// <summary>A municipality's objection window: Open → Objected, or Open → Lapsed once the deadline passes unused.</summary>
public enum ObjectionWindowStatus
{
    Open,
    Objected,
    Lapsed,
}
