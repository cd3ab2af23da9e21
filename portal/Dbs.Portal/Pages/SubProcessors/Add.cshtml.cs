using Dbs.Domain.Access;
using Dbs.Domain.Common;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Persistence;
using Dbs.Domain.SubProcessors;
using Dbs.Portal.SignIn;
using Dbs.Portal.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Dbs.Portal.Pages.SubProcessors;

/// <summary>
/// Adds a sub-processor: an existing one or a newly registered one, for some of the supplier's systems, from a start
/// date. Engaging it gives notice and opens an objection window for every municipality with an affected agreement.
/// </summary>
public sealed class AddModel(DbsDbContext db, SubProcessorService subProcessors, TimeProvider clock,
    IOptions<SupervisionOptions> supervision, Labels labels, IStringLocalizer<Texts> texts) : PageModel
{
    [BindProperty]
    public Command Input { get; set; } = new();

    public IReadOnlyList<Choice> Existing { get; private set; } = [];

    public IReadOnlyList<Choice> Systems { get; private set; } = [];

    /// <summary>The objection deadline if notice is given today; the sub-processor may start the day after.</summary>
    public DateOnly ObjectionDeadline { get; private set; }

    public List<FormProblem> Problems { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        Input.From = ObjectionDeadline.AddDays(1);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        var actor = User.ToActor()!;
        Validate();
        if (Problems.Count > 0)
        {
            return Page();
        }

        int subProcessorId;
        string name;
        if (Input.ExistingId is { } existingId)
        {
            subProcessorId = existingId;
            name = Existing.First(e => e.Id == existingId).Name;
        }
        else
        {
            var registered = await subProcessors.RegisterAsync(actor, new SubProcessorInput(Input.Name ?? "", Input.Cvr,
                Input.ForeignRegistrationId, Input.CountryCode ?? "", Input.ServiceDescription ?? "", Input.TransferBasis), cancellationToken);
            if (registered.IsFailure)
            {
                Report(registered.Error);
                return Page();
            }

            (subProcessorId, name) = (registered.Value.Id, registered.Value.Name);
        }

        var engaged = await subProcessors.EngageAsync(actor, new EngageSubProcessorInput(actor.OrganisationId!.Value, subProcessorId,
            Input.SystemIds, Input.From!.Value), cancellationToken);
        if (engaged.IsFailure)
        {
            Report(engaged.Error);
            return Page();
        }

        var engagement = engaged.Value;
        var notified = engagement.ObjectionWindows.Count;
        var deadline = labels.Date(engagement.ObjectionDeadline);
        TempData[nameof(IndexModel.Notice)] = notified switch
        {
            0 => texts["{0} er tilføjet. Ingen kommuner har en aktiv aftale om de valgte systemer, så ingen er varslet.", name].Value,
            1 => texts["{0} er varslet til {1} kommune. De kan gøre indsigelse til og med {2}.", name, notified, deadline].Value,
            _ => texts["{0} er varslet til {1} kommuner. De kan gøre indsigelse til og med {2}.", name, notified, deadline].Value,
        };
        return RedirectToPage("Index");
    }

    /// <summary>What the domain checks only one step at a time: checked together first, so every problem shows at once.</summary>
    private void Validate()
    {
        if (Input.ExistingId is { } existingId)
        {
            if (Existing.All(e => e.Id != existingId))
            {
                Problems.Add(new FormProblem("eksisterende", texts["Vælg en underdatabehandler fra listen, eller registrér en ny."]));
            }
        }
        else if (SubProcessor.Create(Input.Name, Input.Cvr, Input.ForeignRegistrationId, Input.CountryCode, Input.ServiceDescription,
            Input.TransferBasis) is { IsFailure: true } invalid)
        {
            Report(invalid.Error);
        }

        if (Input.SystemIds.Count == 0)
        {
            Problems.Add(new FormProblem("system-0", texts["Vælg mindst ét af jeres it-systemer, som underdatabehandleren skal arbejde på."]));
        }

        if (Input.From is not { } from)
        {
            Problems.Add(new FormProblem("fra", texts["Skriv den dato, underdatabehandleren tages i brug."]));
        }
        else if (from < DanishTime.DateOf(clock.GetUtcNow()))
        {
            Problems.Add(new FormProblem("fra", texts["Startdatoen kan ikke ligge før i dag, hvor varslingen gives."]));
        }
    }

    private void Report(DomainError error)
    {
        var fields = error is ValidationFailed validation ? validation.Errors.Select(e => e.Field).Distinct() : [];
        foreach (var field in fields)
        {
            var problem = field switch
            {
                "name" => new FormProblem("navn", texts["Skriv underdatabehandlerens navn."]),
                "cvr" when string.IsNullOrWhiteSpace(Input.Cvr) => new FormProblem("cvr", texts["En dansk underdatabehandler angives med sit CVR-nummer."]),
                "cvr" => new FormProblem("cvr", texts["CVR-nummeret er ikke gyldigt. Det består af 8 cifre, fx 29189846."]),
                "foreignRegistrationId" => new FormProblem("udenlandsk-id", texts["Skriv CVR-nummer eller et udenlandsk registreringsnummer."]),
                "countryCode" => new FormProblem("land", texts["Skriv landet som en landekode med to bogstaver, fx DK, DE eller US."]),
                "serviceDescription" => new FormProblem("ydelse", texts["Beskriv, hvilken ydelse underdatabehandleren leverer."]),
                "transferBasis" when Input.TransferBasis == TransferBasis.WithinEea => new FormProblem("grundlag",
                    texts["{0} ligger uden for EU/EØS: vælg overførselsgrundlaget.", Input.CountryCode?.Trim().ToUpperInvariant() ?? ""]),
                "transferBasis" => new FormProblem("grundlag", texts["Landet ligger i EU/EØS, så der er ingen overførsel: vælg ”{0}”.", labels.Of(TransferBasis.WithinEea)]),
                "systems" or "itSystemIds" => new FormProblem("system-0", texts["Vælg mindst ét af jeres it-systemer, som underdatabehandleren skal arbejde på."]),
                "from" => new FormProblem("fra", texts["Startdatoen kan ikke ligge før i dag, hvor varslingen gives."]),
                _ => new FormProblem("navn", texts["Underdatabehandleren kunne ikke tilføjes. Tjek oplysningerne."]),
            };
            if (!Problems.Contains(problem))
            {
                Problems.Add(problem);
            }
        }

        if (Problems.Count == 0)
        {
            Problems.Add(new FormProblem("navn", error.Code == "FORBIDDEN"
                ? texts["Du har ikke adgang til at ændre listen over underdatabehandlere."]
                : texts["Underdatabehandleren kunne ikke tilføjes. Prøv igen."]));
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (User.ToActor() is not { OrganisationId: not null } actor)
        {
            return Challenge();
        }

        var scope = new AccessScope(db, actor);
        Existing = await scope.SubProcessors.OrderBy(s => s.Name)
            .Select(s => new Choice(s.Id, s.Name + " (" + s.CountryCode + ")"))
            .ToListAsync(cancellationToken);
        Systems = await scope.ItSystems.OrderBy(s => s.Name).Select(s => new Choice(s.Id, s.Name)).ToListAsync(cancellationToken);
        ObjectionDeadline = DanishTime.DateOf(clock.GetUtcNow()).AddDays(supervision.Value.SubProcessorNoticePeriodDays);
        return null;
    }

    public string? ProblemFor(string fieldId) => Problems.FirstOrDefault(p => p.FieldId == fieldId)?.Message;

    /// <summary>The form's fields.</summary>
    public sealed class Command
    {
        /// <summary>An already registered sub-processor; null to register a new one from the fields below.</summary>
        public int? ExistingId { get; set; }

        public string? Name { get; set; }

        public string? Cvr { get; set; }

        public string? ForeignRegistrationId { get; set; }

        public string? CountryCode { get; set; }

        public string? ServiceDescription { get; set; }

        public TransferBasis TransferBasis { get; set; } = TransferBasis.WithinEea;

        public List<int> SystemIds { get; set; } = [];

        public DateOnly? From { get; set; }
    }

    public sealed record Choice(int Id, string Name);
}
