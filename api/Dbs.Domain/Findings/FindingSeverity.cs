namespace Dbs.Domain.Findings;

public enum FindingSeverity
{
    Critical,
    High,
    Medium,
    Low,
}
