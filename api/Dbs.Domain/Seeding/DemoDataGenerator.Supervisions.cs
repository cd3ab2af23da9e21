using Dbs.Domain.Acknowledgements;
using Dbs.Domain.Common;
using Dbs.Domain.Findings;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Municipalities;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.Suppliers;
using Dbs.Domain.Supervisions;
using static Dbs.Domain.Seeding.Expectations;

namespace Dbs.Domain.Seeding;

public sealed partial class DemoDataGenerator
{
    private static readonly (SupervisionStatus, double)[] SupervisionStatuses =
    [
        (SupervisionStatus.Planned, 18), (SupervisionStatus.InProgress, 25), (SupervisionStatus.InPeerReview, 15),
        (SupervisionStatus.Released, 22), (SupervisionStatus.Closed, 20),
    ];

    private static readonly (int, double)[] FindingCounts = [(0, 30), (1, 25), (2, 20), (3, 15), (4, 10)];

    private static readonly (FindingStatus, double)[] FindingsAfterRelease =
        [(FindingStatus.Open, 35), (FindingStatus.Responded, 30), (FindingStatus.Resolved, 20), (FindingStatus.AcceptedRisk, 15)];

    private static readonly (FindingStatus, double)[] FindingsWhenClosed = [(FindingStatus.Resolved, 75), (FindingStatus.AcceptedRisk, 25)];

    private static readonly (AcknowledgementStatus, double)[] AcknowledgementsAfterRelease =
        [(AcknowledgementStatus.Pending, 40), (AcknowledgementStatus.Approved, 45), (AcknowledgementStatus.FollowUpRequested, 15)];

    private readonly List<Supervision> _supervisions = [];
    private readonly List<Finding> _findings = [];
    private readonly List<ReportAcknowledgement> _acknowledgements = [];

    private void CreateSupervisions()
    {
        // DBS supervises each system that enough member municipalities use, once a year.
        foreach (var system in _systems)
        {
            if (system.Usages.Count(u => u.Municipality.IsMember) < _options.MinimumMemberUsers)
            {
                continue;
            }

            var votes = _methodVotes[system];
            var method = votes.Count == 0
                ? SupervisionMethod.WrittenSupervision
                : votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key).First().Key;
            CreateSupervision(system.Supplier, system, method, _activeUsers[system]);
        }

        // A few suppliers also get a physical inspection of the whole company.
        var systemsBySupplier = _systems.ToLookup(s => s.Supplier);
        foreach (var supplier in _random.Sample(_suppliers, 3 * _options.Scale))
        {
            var affected = systemsBySupplier[supplier].SelectMany(s => _activeUsers[s]).ToHashSet();
            CreateSupervision(supplier, null, SupervisionMethod.PhysicalInspection, [.. _members.Where(affected.Contains)]);
        }
    }

    private void CreateSupervision(Supplier supplier, ItSystem? system, SupervisionMethod method, List<Municipality> affected)
    {
        var author = _random.Pick(Staff);
        var reviewer = _random.Pick(Staff.Where(s => s != author).ToList());
        var status = _random.Weighted(SupervisionStatuses);
        var at = _random.During(_random.DateBetween(_opened.AddDays(-20), NotAfterToday(_opened.AddDays(60))));
        var supervision = Expect(Supervision.Plan(supplier, system, _year, method, author, at));
        _supervisions.Add(supervision);

        var questionnaire = _questionnaires[supplier];
        if (questionnaire.Status is QuestionnaireStatus.Submitted or QuestionnaireStatus.Accepted or QuestionnaireStatus.ReturnedForClarification)
        {
            Expect(supervision.RestOn(questionnaire));
        }

        if (status == SupervisionStatus.Planned)
        {
            return;
        }

        Expect(supervision.Start(at = After(at, 5, 40)));
        var findings = new List<Finding>();
        for (var i = _random.Weighted(FindingCounts); i > 0; i--)
        {
            var template = _random.Pick(DemoVocabulary.Findings);
            at = After(at, 0, 10);
            var followUp = DateOnly.FromDateTime(at.UtcDateTime).AddDays(template.Severity switch
            {
                FindingSeverity.Critical => 30,
                FindingSeverity.High => 60,
                FindingSeverity.Medium => 90,
                _ => 180,
            });
            var finding = Expect(Finding.Record(supervision,
                new FindingInput(template.Kind, template.Severity, template.Clause, template.Text, followUp), author, at));
            findings.Add(finding);
            _findings.Add(finding);
        }

        var conclusion = findings.Count == 0
            ? DemoVocabulary.Conclusions[2]
            : DemoVocabulary.Conclusions[findings.Any(f => f.Kind == FindingKind.Deviation) ? 1 : 0];
        if (status == SupervisionStatus.InProgress)
        {
            if (_random.Chance(0.5))
            {
                Expect(supervision.WriteConclusion(conclusion));
            }

            return;
        }

        Expect(supervision.WriteConclusion(conclusion));
        Expect(supervision.AssignPeerReviewer(reviewer.UserId, reviewer.DisplayName));
        Expect(supervision.SubmitForPeerReview(at = After(at, 2, 20)));
        if (status == SupervisionStatus.InPeerReview)
        {
            if (_random.Chance(0.4))
            {
                Expect(supervision.ApprovePeerReview(reviewer, After(at, 1, 5)));
            }

            return;
        }

        Expect(supervision.ApprovePeerReview(reviewer, at = After(at, 1, 10)));
        Expect(supervision.Release(author, at = After(at, 0, 5)));
        Audit(supervision, author, at, "ReleaseSupervision", """{"Status":"InPeerReview"}""", """{"Status":"Released"}""");
        var released = at;

        foreach (var finding in findings)
        {
            FollowUp(finding, supplier, status == SupervisionStatus.Closed ? FindingsWhenClosed : FindingsAfterRelease, released);
        }

        foreach (var municipality in affected)
        {
            Acknowledge(supervision, municipality, status == SupervisionStatus.Closed, released);
        }

        if (status == SupervisionStatus.Closed)
        {
            Expect(supervision.Close(After(released, 30, 90)));
        }
    }

    private void FollowUp(Finding finding, Supplier supplier, (FindingStatus, double)[] outcomes, DateTimeOffset released)
    {
        var outcome = _random.Weighted(outcomes);
        if (outcome == FindingStatus.Open)
        {
            return;
        }

        var supplierUser = SupplierUser(supplier);
        var staff = _random.Pick(Staff);
        var at = released;
        if (outcome != FindingStatus.AcceptedRisk || _random.Chance(0.5))
        {
            at = Respond(finding, supplierUser, After(at, 3, 30));
            if (outcome == FindingStatus.Resolved && _random.Chance(0.15))
            {
                Expect(finding.Reopen(staff, "Dokumentationen viser ikke, at ændringen gælder alle miljøer.", at = After(at, 2, 10)));
                at = Respond(finding, supplierUser, After(at, 3, 20));
            }
        }

        switch (outcome)
        {
            case FindingStatus.Resolved:
                Expect(finding.Resolve(staff, "Dokumentationen er modtaget og godkendt.", at = After(at, 2, 20)));
                Audit(finding, staff, at, "ResolveFinding", """{"Status":"Responded"}""", """{"Status":"Resolved"}""");
                break;
            case FindingStatus.AcceptedRisk:
                var before = finding.Status;
                Expect(finding.AcceptRisk(staff, "Risikoen er lav og dækkes af kompenserende kontroller hos leverandøren.", at = After(at, 2, 20)));
                Audit(finding, staff, at, "AcceptFindingRisk", $$"""{"Status":"{{before}}"}""", """{"Status":"AcceptedRisk"}""");
                break;
            default:
                break;
        }
    }

    private DateTimeOffset Respond(Finding finding, Actor supplierUser, DateTimeOffset at)
    {
        var remediation = DateOnly.FromDateTime(at.UtcDateTime).AddDays(_random.Between(14, 90));
        Expect(finding.Respond(supplierUser, _random.Pick(DemoVocabulary.SupplierResponses), remediation, at));
        Audit(finding, supplierUser, at, "RespondToFinding", """{"Status":"Open"}""", """{"Status":"Responded"}""");
        return at;
    }

    private void Acknowledge(Supervision supervision, Municipality municipality, bool closed, DateTimeOffset released)
    {
        var acknowledgement = Expect(ReportAcknowledgement.Open(supervision, municipality));
        _acknowledgements.Add(acknowledgement);
        var status = closed
            ? (_random.Chance(0.92) ? AcknowledgementStatus.Approved : AcknowledgementStatus.FollowUpRequested)
            : _random.Weighted(AcknowledgementsAfterRelease);
        if (status == AcknowledgementStatus.Pending)
        {
            return;
        }

        var user = MunicipalUser(municipality);
        var at = After(released, 1, 45);
        if (status == AcknowledgementStatus.FollowUpRequested)
        {
            Expect(acknowledgement.RequestFollowUp(user, _random.Pick(DemoVocabulary.FollowUpComments), at));
            Audit(acknowledgement, user, at, "RequestReportFollowUp", """{"Status":"Pending"}""", """{"Status":"FollowUpRequested"}""");
            if (!closed)
            {
                return;
            }

            at = After(at, 5, 30);
        }

        var from = acknowledgement.Status;
        Expect(acknowledgement.Approve(user, closed && from == AcknowledgementStatus.FollowUpRequested ? "Opfølgningen er modtaget." : null, at));
        Audit(acknowledgement, user, at, "ApproveReport", $$"""{"Status":"{{from}}"}""", """{"Status":"Approved"}""");
    }
}
