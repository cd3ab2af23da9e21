namespace Dbs.Portal.Evidence;

/// <summary>Why an uploaded file was not stored.</summary>
public enum EvidenceRejection
{
    Empty,
    TooLarge,
    NotPdf,
}
