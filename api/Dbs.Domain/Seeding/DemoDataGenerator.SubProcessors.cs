using Dbs.Domain.Common;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Municipalities;
using Dbs.Domain.SubProcessors;
using Dbs.Domain.Suppliers;
using static Dbs.Domain.Seeding.Expectations;

namespace Dbs.Domain.Seeding;

public sealed partial class DemoDataGenerator
{
    private static readonly DateOnly FirstNotices = new(2019, 1, 1);

    private static readonly (EngagementStatus, double)[] EngagementStatuses =
        [(EngagementStatus.Active, 72), (EngagementStatus.Ended, 10), (EngagementStatus.Notified, 12), (EngagementStatus.Withdrawn, 6)];

    private readonly Dictionary<Supplier, List<SubProcessorEngagement>> _engagements = [];
    private readonly Dictionary<Municipality, Actor> _municipalUsers = [];

    private void CreateEngagements()
    {
        var systemsBySupplier = _systems.ToLookup(s => s.Supplier);
        foreach (var supplier in _suppliers)
        {
            var systems = systemsBySupplier[supplier].ToList();
            var engagements = new List<SubProcessorEngagement>();
            var count = _random.Between(2, 5) + (systems.Count > 10 ? 2 : 0);
            foreach (var subProcessor in _random.Sample(_subProcessors, count))
            {
                var covered = _random.Chance(0.6) ? systems : _random.Sample(systems, _random.Between(1, systems.Count));

                // Some sub-processors serve another sub-processor (a chain), on the same systems.
                var parents = engagements.Where(e => e.Status == EngagementStatus.Active && e.Parent is null).ToList();
                var parent = parents.Count > 0 && _random.Chance(0.12) ? _random.Pick(parents) : null;
                if (parent is not null)
                {
                    covered = [.. parent.Systems.Select(s => s.ItSystem)];
                }

                engagements.Add(CreateEngagement(supplier, subProcessor, covered, parent));
            }

            _engagements[supplier] = engagements;
        }
    }

    private SubProcessorEngagement CreateEngagement(Supplier supplier, SubProcessor subProcessor, List<ItSystem> systems,
        SubProcessorEngagement? parent)
    {
        var period = _options.NoticePeriodDays;
        var status = _random.Weighted(EngagementStatuses);
        var recent = status != EngagementStatus.Active || _random.Chance(0.25);
        var notice = status switch
        {
            EngagementStatus.Notified => _random.DateBetween(_today.AddDays(-(period - 5)), _today),
            EngagementStatus.Ended => _random.DateBetween(FirstNotices, _today.AddDays(-800)),
            _ when recent => _random.DateBetween(_opened, _today.AddDays(-(period + 2))),
            _ => _random.DateBetween(FirstNotices, _opened.AddDays(-1)),
        };
        var deadline = notice.AddDays(period);
        var from = deadline.AddDays(_random.Between(1, 14));
        var engagement = Expect(SubProcessorEngagement.Create(supplier, subProcessor, systems, from, notice, deadline, parent));

        // A notice this year opens a window for every member municipality with an affected agreement.
        if (recent && status != EngagementStatus.Ended)
        {
            var objectionRate = subProcessor.IsInThirdCountry ? 0.12 : 0.03;
            var affected = systems.SelectMany(s => _activeUsers[s]).ToHashSet();
            foreach (var municipality in _members.Where(affected.Contains))
            {
                var window = engagement.OpenObjectionWindow(municipality);
                if (_random.Chance(status == EngagementStatus.Withdrawn ? 0.3 : objectionRate))
                {
                    var actor = MunicipalUser(municipality);
                    var at = _random.During(_random.DateBetween(notice, NotAfterToday(deadline)));
                    Expect(window.Object(actor, _random.Pick(DemoVocabulary.ObjectionReasons), at));
                    Audit(window, actor, at, "ObjectToSubProcessor", """{"Status":"Open"}""", """{"Status":"Objected"}""");
                }
            }
        }

        switch (status)
        {
            case EngagementStatus.Active:
                Expect(engagement.Activate(deadline.AddDays(1)));
                break;
            case EngagementStatus.Ended:
                Expect(engagement.Activate(deadline.AddDays(1)));
                Expect(engagement.End(_random.DateBetween(from.AddDays(365), _today.AddDays(-1))));
                break;
            case EngagementStatus.Withdrawn:
                Expect(engagement.Withdraw());
                break;
            default:
                break;
        }

        return engagement;
    }

    /// <summary>The data protection officer who acts for a municipality in the demo.</summary>
    private Actor MunicipalUser(Municipality municipality)
    {
        if (!_municipalUsers.TryGetValue(municipality, out var actor))
        {
            var name = $"{_random.Pick(DemoVocabulary.FirstNames)} {_random.Pick(DemoVocabulary.LastNames)}";
            actor = Actor.ForMunicipality(municipality.Id, $"kommune-{municipality.Code}:dpo", name);
            _municipalUsers[municipality] = actor;
        }

        return actor;
    }

    /// <summary>The supplier's third-country sub-processors in use or announced.</summary>
    private IEnumerable<SubProcessor> ThirdCountrySubProcessors(Supplier supplier) =>
        _engagements[supplier]
            .Where(e => e.Status is EngagementStatus.Active or EngagementStatus.Notified && e.SubProcessor.IsInThirdCountry)
            .Select(e => e.SubProcessor)
            .Distinct();
}
