using Dbs.Domain.Agreements;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Municipalities;
using Dbs.Domain.Suppliers;
using Dbs.Domain.Supervisions;
using static Dbs.Domain.Seeding.Expectations;

namespace Dbs.Domain.Seeding;

public sealed partial class DemoDataGenerator
{
    private static readonly DateOnly GdprInForce = new(2018, 5, 25);

    private static readonly (AgreementStatus, double)[] StatusWeights =
    [
        (AgreementStatus.Active, 72), (AgreementStatus.Terminated, 8), (AgreementStatus.Expired, 6),
        (AgreementStatus.InNegotiation, 8), (AgreementStatus.Draft, 6),
    ];

    // DBS's common municipal template arrived with its second phase; older agreements are on the standard clauses or
    // the supplier's own paper.
    private static readonly (AgreementTemplate, double)[] OlderTemplates =
        [(AgreementTemplate.StandardContractualClauses, 45), (AgreementTemplate.SupplierOwn, 35), (AgreementTemplate.CommonMunicipal, 20)];

    private static readonly (AgreementTemplate, double)[] NewerTemplates =
        [(AgreementTemplate.CommonMunicipal, 60), (AgreementTemplate.StandardContractualClauses, 25), (AgreementTemplate.SupplierOwn, 15)];

    // Datatilsynet's guidance is risk based: sensitive data, CPR numbers and children call for an auditor's statement.
    private static readonly (SupervisionMethod, double)[] HighRiskMethods =
    [
        (SupervisionMethod.Isae3000, 40), (SupervisionMethod.Isae3402Type2, 15), (SupervisionMethod.WrittenSupervision, 20),
        (SupervisionMethod.ManagementStatement, 10), (SupervisionMethod.PhysicalInspection, 5), (SupervisionMethod.Isae3402Type1, 5),
        (SupervisionMethod.OwnControl, 5),
    ];

    private static readonly (SupervisionMethod, double)[] LowRiskMethods =
    [
        (SupervisionMethod.ManagementStatement, 30), (SupervisionMethod.WrittenSupervision, 30), (SupervisionMethod.Isae3000, 20),
        (SupervisionMethod.OwnControl, 15), (SupervisionMethod.Isae3402Type2, 5),
    ];

    private static readonly (SupervisionInterval, double)[] Intervals =
    [
        (SupervisionInterval.Yearly, 65), (SupervisionInterval.EveryOtherYear, 15), (SupervisionInterval.HalfYearly, 5),
        (SupervisionInterval.EveryThirdYear, 5), (SupervisionInterval.Other, 3), (SupervisionInterval.Undecided, 7),
    ];

    private readonly List<Agreement> _agreements = [];

    /// <summary>The member municipalities with an active agreement for each system: who a notice or report concerns.</summary>
    private readonly Dictionary<ItSystem, List<Municipality>> _activeUsers = [];

    /// <summary>The supervision methods the municipalities' agreements name for each system.</summary>
    private readonly Dictionary<ItSystem, Dictionary<SupervisionMethod, int>> _methodVotes = [];

    private void CreateAgreements()
    {
        var systemsBySupplier = _systems.ToLookup(s => s.Supplier);
        foreach (var supplier in _suppliers)
        {
            var usedBy = new Dictionary<Municipality, List<ItSystem>>();
            foreach (var system in systemsBySupplier[supplier])
            {
                _activeUsers[system] = [];
                _methodVotes[system] = [];
                foreach (var usage in system.Usages.Where(u => u.Municipality.IsMember))
                {
                    if (!usedBy.TryGetValue(usage.Municipality, out var list))
                    {
                        usedBy[usage.Municipality] = list = [];
                    }

                    list.Add(system);
                }
            }

            foreach (var municipality in _members)
            {
                if (!usedBy.TryGetValue(municipality, out var systems))
                {
                    continue;
                }

                // Usually one agreement per system; sometimes one agreement covers all the supplier's systems.
                if (systems.Count > 1 && _random.Chance(0.15))
                {
                    CreateAgreement(municipality, supplier, systems);
                }
                else
                {
                    foreach (var system in systems)
                    {
                        CreateAgreement(municipality, supplier, [system]);
                    }
                }
            }
        }
    }

    private void CreateAgreement(Municipality municipality, Supplier supplier, List<ItSystem> systems)
    {
        var area = _areas[systems[0]];
        var personalData = area.PersonalData;
        if (personalData.HasFlag(PersonalDataCategories.Special) && _random.Chance(0.15))
        {
            personalData &= ~PersonalDataCategories.Special;
        }

        if (personalData.HasFlag(PersonalDataCategories.CriminalOffences) && _random.Chance(0.3))
        {
            personalData &= ~PersonalDataCategories.CriminalOffences;
        }

        if (!personalData.HasFlag(PersonalDataCategories.CprNumbers) && _random.Chance(0.05))
        {
            personalData |= PersonalDataCategories.CprNumbers;
        }

        var status = _random.Weighted(StatusWeights);
        var concluded = status switch
        {
            AgreementStatus.Active => _random.DateBetween(GdprInForce, _today.AddDays(-20)),
            AgreementStatus.Terminated => _random.DateBetween(GdprInForce, _today.AddDays(-400)),
            AgreementStatus.Expired => _random.DateBetween(GdprInForce, _today.AddYears(-3).AddDays(-2)),
            _ => _random.DateBetween(_today.AddDays(-120), _today),
        };
        var template = _random.Weighted(concluded.Year >= 2023 ? NewerTemplates : OlderTemplates);
        var agreement = Expect(Agreement.Create(municipality, supplier, systems, template, personalData, area.DataSubjects));

        switch (status)
        {
            case AgreementStatus.InNegotiation:
                Expect(agreement.StartNegotiation());
                break;
            case AgreementStatus.Active:
                var validTo = _random.Chance(0.3) ? concluded.AddYears(_random.Between(5, 8)) : (DateOnly?)null;
                Expect(agreement.Conclude(concluded, concluded.AddDays(_random.Between(0, 30)), validTo > _today ? validTo : null));
                break;
            case AgreementStatus.Terminated:
                Expect(agreement.Conclude(concluded));
                Expect(agreement.Terminate(_random.DateBetween(concluded.AddDays(180), _today.AddDays(-1))));
                break;
            case AgreementStatus.Expired:
                var end = concluded.AddYears(_random.Between(2, 3));
                Expect(agreement.Conclude(concluded, concluded, end));
                Expect(agreement.Expire(end.AddDays(1)));
                break;
            default:
                break;
        }

        var highRisk = (personalData & (PersonalDataCategories.Special | PersonalDataCategories.CprNumbers |
                                        PersonalDataCategories.CriminalOffences)) != 0
                       || area.DataSubjects.HasFlag(DataSubjectCategories.Children);
        var method = status == AgreementStatus.Draft && _random.Chance(0.5)
            ? (SupervisionMethod?)null
            : _random.Weighted(highRisk ? HighRiskMethods : LowRiskMethods);
        var interval = method is null ? SupervisionInterval.Undecided : _random.Weighted(Intervals);
        var next = status == AgreementStatus.Active && method is not null ? _today.AddDays(_random.Between(1, 365)) : (DateOnly?)null;
        agreement.SetSupervision(method, interval, next);

        foreach (var system in systems)
        {
            if (status == AgreementStatus.Active)
            {
                _activeUsers[system].Add(municipality);
            }

            if (method is { } m)
            {
                _methodVotes[system][m] = _methodVotes[system].GetValueOrDefault(m) + 1;
            }
        }

        _agreements.Add(agreement);
    }
}
