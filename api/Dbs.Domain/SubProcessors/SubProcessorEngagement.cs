using Dbs.Domain.Common;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Municipalities;
using Dbs.Domain.Suppliers;

namespace Dbs.Domain.SubProcessors;

/// <summary>
/// A supplier's use of a sub-processor for some of its IT systems (appendix B). A new engagement is announced with
/// notice: every municipality with an affected agreement gets an <see cref="ObjectionWindow"/> until
/// <see cref="ObjectionDeadline"/>. <see cref="Parent"/> links a sub-sub-processor to the engagement it serves.
/// </summary>
public sealed class SubProcessorEngagement : VersionedEntity
{
    private readonly List<EngagementSystem> _systems = [];
    private readonly List<ObjectionWindow> _objectionWindows = [];

    private SubProcessorEngagement(Supplier supplier, SubProcessor subProcessor, SubProcessorEngagement? parent, DateOnly from,
        DateOnly noticeGivenOn, DateOnly objectionDeadline)
    {
        Supplier = supplier;
        SubProcessor = subProcessor;
        Parent = parent;
        From = from;
        NoticeGivenOn = noticeGivenOn;
        ObjectionDeadline = objectionDeadline;
        Status = EngagementStatus.Notified;
    }

    private SubProcessorEngagement()
    {
        Supplier = null!;
        SubProcessor = null!;
    }

    public int SupplierId { get; private set; }

    public Supplier Supplier { get; private set; }

    public int SubProcessorId { get; private set; }

    public SubProcessor SubProcessor { get; private set; }

    /// <summary>The engagement this one is a link below in a chain (the sub-processor's own sub-processor).</summary>
    public int? ParentId { get; private set; }

    public SubProcessorEngagement? Parent { get; private set; }

    public IReadOnlyCollection<EngagementSystem> Systems => _systems;

    public IReadOnlyCollection<ObjectionWindow> ObjectionWindows => _objectionWindows;

    /// <summary>First day the sub-processor may process data.</summary>
    public DateOnly From { get; private set; }

    /// <summary>Last day, once the engagement has ended.</summary>
    public DateOnly? To { get; private set; }

    public DateOnly NoticeGivenOn { get; private set; }

    /// <summary>Last day on which an affected municipality may object.</summary>
    public DateOnly ObjectionDeadline { get; private set; }

    public EngagementStatus Status { get; private set; }

    /// <summary>Announces a new engagement. Every system must be the supplier's; a parent must be the same supplier's.</summary>
    public static Result<SubProcessorEngagement> Create(Supplier supplier, SubProcessor subProcessor,
        IReadOnlyCollection<ItSystem> systems, DateOnly from, DateOnly noticeGivenOn, DateOnly objectionDeadline,
        SubProcessorEngagement? parent = null)
    {
        var errors = new List<FieldError>();
        if (systems.Count == 0)
        {
            errors.Add(new FieldError("systems", "Name at least one IT system the sub-processor works on."));
        }

        foreach (var system in systems.Where(s => s.Supplier != supplier && (s.SupplierId == 0 || s.SupplierId != supplier.Id)))
        {
            errors.Add(new FieldError("systems", $"The IT system '{system.Name}' is not delivered by {supplier.Name}."));
        }

        if (objectionDeadline < noticeGivenOn)
        {
            errors.Add(new FieldError("objectionDeadline", "The objection deadline cannot come before the notice."));
        }

        if (from < noticeGivenOn)
        {
            errors.Add(new FieldError("from", "A sub-processor cannot start before notice is given."));
        }

        if (parent is not null && parent.Supplier != supplier && parent.SupplierId != supplier.Id)
        {
            errors.Add(new FieldError("parent", "The parent engagement belongs to another supplier."));
        }

        if (errors.Count > 0)
        {
            return new ValidationFailed(errors);
        }

        var engagement = new SubProcessorEngagement(supplier, subProcessor, parent, from, noticeGivenOn, objectionDeadline);
        foreach (var system in systems.Distinct())
        {
            engagement._systems.Add(new EngagementSystem(engagement, system));
        }

        return engagement;
    }

    /// <summary>Opens an objection window for a municipality with an affected agreement (once per municipality).</summary>
    public ObjectionWindow OpenObjectionWindow(Municipality municipality)
    {
        var existing = _objectionWindows.FirstOrDefault(w =>
            w.Municipality == municipality || (municipality.Id != 0 && w.MunicipalityId == municipality.Id));
        if (existing is not null)
        {
            return existing;
        }

        var window = new ObjectionWindow(this, municipality, NoticeGivenOn, ObjectionDeadline);
        _objectionWindows.Add(window);
        return window;
    }

    /// <summary>The sub-processor starts: allowed once the objection deadline has passed.</summary>
    public Result Activate(DateOnly today)
    {
        if (Status != EngagementStatus.Notified)
        {
            return Invalid("be activated");
        }

        if (today <= ObjectionDeadline)
        {
            return new InvalidTransition(nameof(SubProcessorEngagement), Id, "within its objection period", "be activated");
        }

        Status = EngagementStatus.Active;
        foreach (var window in _objectionWindows)
        {
            window.LapseIfOpen();
        }

        return Result.Success();
    }

    /// <summary>The supplier drops the announced sub-processor before it starts (e.g. after objections).</summary>
    public Result Withdraw()
    {
        if (Status != EngagementStatus.Notified)
        {
            return Invalid("be withdrawn");
        }

        Status = EngagementStatus.Withdrawn;
        return Result.Success();
    }

    public Result End(DateOnly on)
    {
        if (Status != EngagementStatus.Active)
        {
            return Invalid("end");
        }

        if (on < From)
        {
            return new ValidationFailed("to", "An engagement cannot end before it started.");
        }

        Status = EngagementStatus.Ended;
        To = on;
        return Result.Success();
    }

    private InvalidTransition Invalid(string action) => new(nameof(SubProcessorEngagement), Id, Status.ToString(), action);
}
