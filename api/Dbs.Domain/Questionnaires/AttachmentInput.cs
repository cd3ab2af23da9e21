namespace Dbs.Domain.Questionnaires;

/// <summary>Metadata of an uploaded file, stored by the caller under <see cref="StorageKey"/>.</summary>
public sealed record AttachmentInput(string QuestionKey, string FileName, string ContentType, long SizeBytes, string Sha256,
    string StorageKey);
