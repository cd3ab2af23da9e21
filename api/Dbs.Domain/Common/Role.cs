namespace Dbs.Domain.Common;

/// <summary>What a user may do within their organisation: read, or read and change.</summary>
public enum Role
{
    Reader,
    Editor,
}
