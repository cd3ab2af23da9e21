using Dbs.Domain.Common;

namespace Dbs.Domain.Questionnaires;

/// <summary>
/// Metadata of a file attached to a question as evidence (e.g. an ISAE 3000 statement). The bytes live in file
/// storage under <see cref="StorageKey"/>; <see cref="Sha256"/> (lower-case hex) proves which bytes were submitted.
/// </summary>
public sealed class Attachment : Entity
{
    internal Attachment(Questionnaire questionnaire, Question question, AttachmentInput input, Actor actor, DateTimeOffset at)
    {
        Questionnaire = questionnaire;
        Question = question;
        FileName = input.FileName;
        ContentType = input.ContentType;
        SizeBytes = input.SizeBytes;
        Sha256 = input.Sha256.ToLowerInvariant();
        StorageKey = input.StorageKey;
        UploadedByUserId = actor.UserId;
        UploadedByName = actor.DisplayName;
        UploadedAt = at.ToUniversalTime();
    }

    private Attachment()
    {
        Questionnaire = null!;
        Question = null!;
        FileName = ContentType = Sha256 = StorageKey = UploadedByUserId = UploadedByName = string.Empty;
    }

    public int QuestionnaireId { get; private set; }

    public Questionnaire Questionnaire { get; private set; }

    public int QuestionId { get; private set; }

    public Question Question { get; private set; }

    /// <summary>Links a read without tracking to its question in the shared template (see <see cref="Questionnaire.ReadWith"/>).</summary>
    internal void ReadWith(Question question) => Question = question;

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    public string Sha256 { get; private set; }

    public string StorageKey { get; private set; }

    public string UploadedByUserId { get; private set; }

    public string UploadedByName { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}
