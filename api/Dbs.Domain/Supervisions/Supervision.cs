using Dbs.Domain.Common;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.Suppliers;

namespace Dbs.Domain.Supervisions;

/// <summary>
/// DBS's supervision (tilsyn) of one IT system, or of a supplier as a whole, for one year. Its report is quality
/// assured by a peer (kvalitetssikring) who is not the author, then released to every affected member municipality.
/// </summary>
public sealed class Supervision : VersionedEntity
{
    private Supervision(Supplier supplier, ItSystem? itSystem, int year, SupervisionMethod method, Actor author, DateTimeOffset at)
    {
        Supplier = supplier;
        ItSystem = itSystem;
        Year = year;
        Method = method;
        Status = SupervisionStatus.Planned;
        AuthorUserId = author.UserId;
        AuthorName = author.DisplayName;
        PlannedAt = at.ToUniversalTime();
    }

    private Supervision()
    {
        Supplier = null!;
        AuthorUserId = AuthorName = string.Empty;
    }

    public int Year { get; private set; }

    public int SupplierId { get; private set; }

    public Supplier Supplier { get; private set; }

    /// <summary>The IT system supervised; null for a supervision of the supplier as a whole.</summary>
    public int? ItSystemId { get; private set; }

    public ItSystem? ItSystem { get; private set; }

    public SupervisionMethod Method { get; private set; }

    public SupervisionStatus Status { get; private set; }

    /// <summary>The supplier's questionnaire the supervision rests on, if any.</summary>
    public int? QuestionnaireId { get; private set; }

    public Questionnaire? Questionnaire { get; private set; }

    public string AuthorUserId { get; private set; }

    public string AuthorName { get; private set; }

    public string? PeerReviewerUserId { get; private set; }

    public string? PeerReviewerName { get; private set; }

    /// <summary>The report's conclusion as written by the author.</summary>
    public string? Conclusion { get; private set; }

    /// <summary>The reviewer's comment when last sending the report back.</summary>
    public string? PeerReviewComment { get; private set; }

    public DateTimeOffset PlannedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? SubmittedForReviewAt { get; private set; }

    public DateTimeOffset? PeerReviewApprovedAt { get; private set; }

    public DateTimeOffset? ReleasedAt { get; private set; }

    public string? ReleasedByName { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Whether the report has gone out (municipalities and the supplier see its findings from then on).</summary>
    public bool IsReleased => Status is SupervisionStatus.Released or SupervisionStatus.Closed;

    /// <summary>Plans a supervision of <paramref name="itSystem"/> (or, when null, of <paramref name="supplier"/>).</summary>
    public static Result<Supervision> Plan(Supplier supplier, ItSystem? itSystem, int year, SupervisionMethod method, Actor author,
        DateTimeOffset at)
    {
        if (itSystem is not null && itSystem.Supplier != supplier && itSystem.SupplierId != supplier.Id)
        {
            return new ValidationFailed("itSystemId", $"The IT system '{itSystem.Name}' is not delivered by {supplier.Name}.");
        }

        if (year is < 2000 or > 2100)
        {
            return new ValidationFailed("year", $"{year} is not a plausible supervision year.");
        }

        return new Supervision(supplier, itSystem, year, method, author, at);
    }

    /// <summary>Links the supplier's questionnaire the supervision rests on; it must be the same supplier's.</summary>
    public Result RestOn(Questionnaire questionnaire)
    {
        if (IsReleased)
        {
            return Invalid("change its questionnaire");
        }

        if (questionnaire.Supplier != Supplier && questionnaire.SupplierId != SupplierId)
        {
            return new ValidationFailed("questionnaireId", "The questionnaire belongs to another supplier.");
        }

        Questionnaire = questionnaire;
        return Result.Success();
    }

    /// <summary>Planned → InProgress.</summary>
    public Result Start(DateTimeOffset at)
    {
        if (Status != SupervisionStatus.Planned)
        {
            return Invalid("be started");
        }

        Status = SupervisionStatus.InProgress;
        StartedAt = at.ToUniversalTime();
        return Result.Success();
    }

    /// <summary>Names the peer reviewer (until release); the author cannot review their own report.</summary>
    public Result AssignPeerReviewer(string userId, string displayName)
    {
        if (IsReleased)
        {
            return Invalid("get a new peer reviewer");
        }

        if (string.Equals(userId, AuthorUserId, StringComparison.Ordinal))
        {
            return new ValidationFailed("peerReviewer", "The author cannot peer review their own supervision.");
        }

        if (Status == SupervisionStatus.InPeerReview && !string.Equals(userId, PeerReviewerUserId, StringComparison.Ordinal))
        {
            PeerReviewApprovedAt = null;
        }

        PeerReviewerUserId = userId;
        PeerReviewerName = displayName;
        return Result.Success();
    }

    public Result WriteConclusion(string? conclusion)
    {
        if (Status is not (SupervisionStatus.Planned or SupervisionStatus.InProgress))
        {
            return Invalid("change its conclusion");
        }

        Conclusion = string.IsNullOrWhiteSpace(conclusion) ? null : conclusion.Trim();
        return Result.Success();
    }

    /// <summary>InProgress → InPeerReview; needs a peer reviewer.</summary>
    public Result SubmitForPeerReview(DateTimeOffset at)
    {
        if (Status != SupervisionStatus.InProgress)
        {
            return Invalid("go to peer review");
        }

        if (PeerReviewerUserId is null)
        {
            return new ValidationFailed("peerReviewer", "Assign a peer reviewer before submitting for peer review.");
        }

        Status = SupervisionStatus.InPeerReview;
        SubmittedForReviewAt = at.ToUniversalTime();
        PeerReviewApprovedAt = null;
        return Result.Success();
    }

    /// <summary>InPeerReview → InProgress: the reviewer sends the report back with a comment.</summary>
    public Result ReturnFromPeerReview(Actor reviewer, string comment)
    {
        if (Status != SupervisionStatus.InPeerReview)
        {
            return Invalid("be returned from peer review");
        }

        if (!IsPeerReviewer(reviewer))
        {
            return new Forbidden("Only the assigned peer reviewer can send the report back.");
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return new ValidationFailed("comment", "Say what must be changed.");
        }

        Status = SupervisionStatus.InProgress;
        PeerReviewComment = comment.Trim();
        PeerReviewApprovedAt = null;
        return Result.Success();
    }

    /// <summary>The peer reviewer approves the report (it stays InPeerReview until released).</summary>
    public Result ApprovePeerReview(Actor reviewer, DateTimeOffset at)
    {
        if (Status != SupervisionStatus.InPeerReview || PeerReviewApprovedAt is not null)
        {
            return Invalid(PeerReviewApprovedAt is null ? "be approved" : "be approved twice");
        }

        if (!IsPeerReviewer(reviewer))
        {
            return new Forbidden("Only the assigned peer reviewer can approve the report.");
        }

        PeerReviewApprovedAt = at.ToUniversalTime();
        return Result.Success();
    }

    /// <summary>InPeerReview (approved) → Released: the report goes to the municipalities.</summary>
    public Result Release(Actor actor, DateTimeOffset at)
    {
        if (Status != SupervisionStatus.InPeerReview)
        {
            return Invalid("be released");
        }

        if (PeerReviewApprovedAt is null)
        {
            return new InvalidTransition(nameof(Supervision), Id, "awaiting peer review approval", "be released");
        }

        Status = SupervisionStatus.Released;
        ReleasedAt = at.ToUniversalTime();
        ReleasedByName = actor.DisplayName;
        return Result.Success();
    }

    /// <summary>Released → Closed.</summary>
    public Result Close(DateTimeOffset at)
    {
        if (Status != SupervisionStatus.Released)
        {
            return Invalid("be closed");
        }

        Status = SupervisionStatus.Closed;
        ClosedAt = at.ToUniversalTime();
        return Result.Success();
    }

    public bool IsPeerReviewer(Actor actor) => actor.IsDbs && string.Equals(actor.UserId, PeerReviewerUserId, StringComparison.Ordinal);

    private InvalidTransition Invalid(string action) => new(nameof(Supervision), Id, Status.ToString(), action);
}
