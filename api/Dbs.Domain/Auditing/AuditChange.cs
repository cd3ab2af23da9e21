namespace Dbs.Domain.Auditing;

public enum AuditChange
{
    Created,
    Updated,
    Deleted,
}
