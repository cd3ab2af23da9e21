using Dbs.Domain.Common;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Municipalities;
using Dbs.Domain.Suppliers;
using Dbs.Domain.Supervisions;

namespace Dbs.Domain.Agreements;

/// <summary>
/// A data processing agreement (databehandleraftale, GDPR art. 28): a municipality (controller) and a supplier
/// (processor) for one or more of the supplier's IT systems. Third-country exposure is derived from the supplier's
/// sub-processor engagements (<see cref="ThirdCountryExposure"/>), never stored here.
/// </summary>
public sealed class Agreement : VersionedEntity
{
    private readonly List<AgreementSystem> _systems = [];

    private Agreement(Municipality municipality, Supplier supplier, AgreementTemplate template,
        PersonalDataCategories personalData, DataSubjectCategories dataSubjects)
    {
        Municipality = municipality;
        Supplier = supplier;
        Template = template;
        PersonalData = personalData;
        DataSubjects = dataSubjects;
        Status = AgreementStatus.Draft;
    }

    private Agreement()
    {
        Municipality = null!;
        Supplier = null!;
    }

    public int MunicipalityId { get; private set; }

    public Municipality Municipality { get; private set; }

    public int SupplierId { get; private set; }

    public Supplier Supplier { get; private set; }

    public IReadOnlyCollection<AgreementSystem> Systems => _systems;

    public AgreementTemplate Template { get; private set; }

    public AgreementStatus Status { get; private set; }

    /// <summary>When the agreement was signed (indgået).</summary>
    public DateOnly? ConcludedOn { get; private set; }

    /// <summary>First day the agreement applies.</summary>
    public DateOnly? ValidFrom { get; private set; }

    /// <summary>Last day the agreement applies, when it has an end date.</summary>
    public DateOnly? ValidTo { get; private set; }

    /// <summary>When it was terminated or expired.</summary>
    public DateOnly? EndedOn { get; private set; }

    public PersonalDataCategories PersonalData { get; private set; }

    public DataSubjectCategories DataSubjects { get; private set; }

    public SupervisionMethod? SupervisionMethod { get; private set; }

    public SupervisionInterval SupervisionInterval { get; private set; }

    /// <summary>The next scheduled supervision (Kitos "next scheduled inspection").</summary>
    public DateOnly? NextSupervisionOn { get; private set; }

    /// <summary>Creates a draft agreement; every system must be the supplier's, and there must be at least one.</summary>
    public static Result<Agreement> Create(Municipality municipality, Supplier supplier, IReadOnlyCollection<ItSystem> systems,
        AgreementTemplate template, PersonalDataCategories personalData, DataSubjectCategories dataSubjects)
    {
        var errors = new List<FieldError>();
        if (systems.Count == 0)
        {
            errors.Add(new FieldError("systems", "An agreement covers at least one IT system."));
        }

        foreach (var system in systems.Where(s => s.Supplier != supplier && (s.SupplierId == 0 || s.SupplierId != supplier.Id)))
        {
            errors.Add(new FieldError("systems", $"The IT system '{system.Name}' is not delivered by {supplier.Name}."));
        }

        if (errors.Count > 0)
        {
            return new ValidationFailed(errors);
        }

        var agreement = new Agreement(municipality, supplier, template, personalData, dataSubjects);
        foreach (var system in systems.Distinct())
        {
            agreement._systems.Add(new AgreementSystem(agreement, system));
        }

        return agreement;
    }

    public Result StartNegotiation()
    {
        if (Status != AgreementStatus.Draft)
        {
            return Invalid("start negotiation");
        }

        Status = AgreementStatus.InNegotiation;
        return Result.Success();
    }

    /// <summary>The agreement is signed and applies from <paramref name="validFrom"/> (default: the day it was signed).</summary>
    public Result Conclude(DateOnly concludedOn, DateOnly? validFrom = null, DateOnly? validTo = null)
    {
        if (Status is not (AgreementStatus.Draft or AgreementStatus.InNegotiation))
        {
            return Invalid("be concluded");
        }

        var from = validFrom ?? concludedOn;
        if (validTo is { } to && to < from)
        {
            return new ValidationFailed("validTo", "An agreement cannot end before it starts.");
        }

        Status = AgreementStatus.Active;
        ConcludedOn = concludedOn;
        ValidFrom = from;
        ValidTo = validTo;
        return Result.Success();
    }

    public Result Terminate(DateOnly on)
    {
        if (Status != AgreementStatus.Active)
        {
            return Invalid("be terminated");
        }

        Status = AgreementStatus.Terminated;
        EndedOn = on;
        return Result.Success();
    }

    public Result Expire(DateOnly on)
    {
        if (Status != AgreementStatus.Active)
        {
            return Invalid("expire");
        }

        Status = AgreementStatus.Expired;
        EndedOn = on;
        return Result.Success();
    }

    public void SetSupervision(SupervisionMethod? method, SupervisionInterval interval, DateOnly? nextSupervisionOn)
    {
        SupervisionMethod = method;
        SupervisionInterval = interval;
        NextSupervisionOn = nextSupervisionOn;
    }

    public void Classify(PersonalDataCategories personalData, DataSubjectCategories dataSubjects)
    {
        PersonalData = personalData;
        DataSubjects = dataSubjects;
    }

    private InvalidTransition Invalid(string action) => new(nameof(Agreement), Id, Status.ToString(), action);
}
