namespace Dbs.Portal.Pages.SubProcessors;

/// <summary>A problem for a form's error summary, linking to the field it concerns.</summary>
public sealed record FormProblem(string FieldId, string Message);
