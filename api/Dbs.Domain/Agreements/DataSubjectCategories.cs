namespace Dbs.Domain.Agreements;

/// <summary>The categories of data subjects (registrerede, appendix A.4). Stored as an integer like <see cref="PersonalDataCategories"/>.</summary>
[Flags]
public enum DataSubjectCategories
{
    None = 0,
    Citizens = 1,
    Employees = 2,
    Children = 4,
}
