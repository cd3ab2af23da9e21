using Dbs.Domain.Acknowledgements;
using Dbs.Domain.Agreements;
using Dbs.Domain.Common;
using Dbs.Domain.Findings;
using Dbs.Domain.ItSystems;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.SubProcessors;
using Dbs.Domain.Supervisions;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Seeding;

public sealed class DemoDataGeneratorTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Gives_every_company_a_valid_unique_cvr()
    {
        await using var db = database.CreateContext();
        var suppliers = await db.Suppliers.Select(s => s.Cvr).ToListAsync();
        var danishSubProcessors = await db.SubProcessors.Where(s => s.CountryCode == "DK").Select(s => s.Cvr!).ToListAsync();
        var municipalCvrs = await db.Municipalities.Where(m => m.Cvr != null).Select(m => m.Cvr!).ToListAsync();

        Assert.All(suppliers.Concat(danishSubProcessors), cvr => Assert.True(Cvr.IsValid(cvr), $"{cvr} is not a valid CVR."));
        var all = suppliers.Concat(danishSubProcessors).Concat(municipalCvrs).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public async Task Names_suppliers_plausibly_and_gives_them_contacts()
    {
        await using var db = database.CreateContext();
        var suppliers = await db.Suppliers.Include(s => s.Contacts).ToListAsync();

        Assert.Equal(suppliers.Count, suppliers.Select(s => s.Name).Distinct().Count());
        Assert.All(suppliers, s => Assert.Matches(@"^\p{Lu}[\p{L} ]+ (A/S|ApS)$", s.Name));
        Assert.All(suppliers, s => Assert.InRange(s.Contacts.Count, 1, 3));
        Assert.All(suppliers.SelectMany(s => s.Contacts), c => Assert.Matches(@"^[a-z]+\.[a-z]+@[a-z]+\.dk$", c.Email));
    }

    [Fact]
    public async Task Reaches_every_lifecycle_state()
    {
        await using var db = database.CreateContext();

        Assert.Equal(Enum.GetValues<AgreementStatus>().Order(), await Distinct(db.Agreements.Select(a => a.Status)));
        Assert.Equal(Enum.GetValues<EngagementStatus>().Order(), await Distinct(db.SubProcessorEngagements.Select(e => e.Status)));
        Assert.Equal(Enum.GetValues<ObjectionWindowStatus>().Order(), await Distinct(db.ObjectionWindows.Select(w => w.Status)));
        Assert.Equal(Enum.GetValues<QuestionnaireStatus>().Order(), await Distinct(db.Questionnaires.Select(q => q.Status)));
        Assert.Equal(Enum.GetValues<SupervisionStatus>().Order(), await Distinct(db.Supervisions.Select(s => s.Status)));
        Assert.Equal(Enum.GetValues<FindingStatus>().Order(), await Distinct(db.Findings.Select(f => f.Status)));
        Assert.Equal(Enum.GetValues<FindingKind>().Order(), await Distinct(db.Findings.Select(f => f.Kind)));
        Assert.Equal(Enum.GetValues<FindingSeverity>().Order(), await Distinct(db.Findings.Select(f => f.Severity)));
        Assert.Equal(Enum.GetValues<AcknowledgementStatus>().Order(), await Distinct(db.ReportAcknowledgements.Select(a => a.Status)));
        Assert.Equal(Enum.GetValues<AgreementTemplate>().Order(), await Distinct(db.Agreements.Select(a => a.Template)));
        Assert.True(await db.Questionnaires.AnyAsync(q => q.Status == QuestionnaireStatus.Draft && q.ReturnRound > 0),
            "No questionnaire was reopened after a return for clarification.");
        Assert.True(await db.Supervisions.AnyAsync(s => s.ItSystemId == null), "No supervision of a supplier as a whole.");
    }

    [Fact]
    public async Task Uses_every_category_of_data_and_supervision_method()
    {
        await using var db = database.CreateContext();
        var agreements = await db.Agreements.Select(a => new { a.PersonalData, a.DataSubjects, a.SupervisionMethod, a.SupervisionInterval }).ToListAsync();

        foreach (var category in Enum.GetValues<PersonalDataCategories>().Where(c => c != PersonalDataCategories.None))
        {
            Assert.Contains(agreements, a => a.PersonalData.HasFlag(category));
        }

        foreach (var subjects in Enum.GetValues<DataSubjectCategories>().Where(c => c != DataSubjectCategories.None))
        {
            Assert.Contains(agreements, a => a.DataSubjects.HasFlag(subjects));
        }

        Assert.Equal(Enum.GetValues<SupervisionMethod>().Order(), agreements.Where(a => a.SupervisionMethod != null).Select(a => a.SupervisionMethod!.Value).Distinct().Order());
        Assert.Equal(Enum.GetValues<SupervisionInterval>().Order(), agreements.Select(a => a.SupervisionInterval).Distinct().Order());
    }

    [Fact]
    public async Task Puts_most_systems_in_dbs_remit_and_supervises_each_of_them_once_this_year()
    {
        await using var db = database.CreateContext();
        var options = new SupervisionOptions();
        var supervised = await db.ItSystems.SupervisedByDbs(options).Select(s => s.Id).OrderBy(id => id).ToListAsync();
        var withSupervision = await db.Supervisions.Where(s => s.ItSystemId != null && s.Year == 2026)
            .Select(s => s.ItSystemId!.Value).OrderBy(id => id).ToListAsync();

        Assert.InRange(supervised.Count, 200, 380);
        Assert.Equal(supervised, withSupervision);
    }

    [Fact]
    public async Task Makes_agreements_only_with_member_municipalities_that_use_the_systems()
    {
        await using var db = database.CreateContext();

        Assert.False(await db.Agreements.AnyAsync(a => !a.Municipality.IsMember));
        Assert.False(await db.AgreementSystems.AnyAsync(s => s.ItSystem.SupplierId != s.Agreement.SupplierId));
        Assert.False(await db.AgreementSystems.AnyAsync(s => !s.ItSystem.Usages.Any(u => u.MunicipalityId == s.Agreement.MunicipalityId)));
    }

    [Fact]
    public async Task Includes_sub_processors_outside_the_eea_among_them_us_cloud_on_the_data_privacy_framework_and_standard_clauses()
    {
        await using var db = database.CreateContext();
        var inUse = await db.SubProcessorEngagements
            .Where(e => e.Status == EngagementStatus.Active)
            .Select(e => new { e.SubProcessor.CountryCode, e.SubProcessor.TransferBasis })
            .ToListAsync();

        Assert.Contains(inUse, s => s.CountryCode == "US" && s.TransferBasis == TransferBasis.EuUsDataPrivacyFramework);
        Assert.Contains(inUse, s => s.CountryCode == "US" && s.TransferBasis == TransferBasis.StandardContractualClauses);
        Assert.Contains(inUse, s => s.CountryCode == "DK");
        Assert.True(await db.SubProcessorEngagements.AnyAsync(e => e.ParentId != null), "No chain of sub-processors.");
    }

    [Fact]
    public async Task Opens_objection_windows_only_for_municipalities_with_an_affected_agreement()
    {
        await using var db = database.CreateContext();

        var unaffected = await db.ObjectionWindows.CountAsync(w => !db.AgreementSystems.Any(s =>
            s.Agreement.MunicipalityId == w.MunicipalityId
            && s.Agreement.Status == AgreementStatus.Active
            && w.Engagement.Systems.Any(es => es.ItSystemId == s.ItSystemId)));

        Assert.Equal(0, unaffected);
        Assert.True(await db.ObjectionWindows.AnyAsync(w => w.Status == ObjectionWindowStatus.Open && w.Deadline >= new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public async Task Answers_every_required_question_of_the_submitted_questionnaires()
    {
        await using var db = database.CreateContext();
        var submitted = await db.Questionnaires
            .Where(q => q.Status == QuestionnaireStatus.Submitted || q.Status == QuestionnaireStatus.Accepted
                                                                    || q.Status == QuestionnaireStatus.ReturnedForClarification)
            .Include(q => q.Answers).Include(q => q.Attachments)
            .Include(q => q.Template).ThenInclude(t => t.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery()
            .ToListAsync();

        Assert.NotEmpty(submitted);
        Assert.All(submitted, q => Assert.Empty(q.MissingRequired()));
        Assert.All(submitted, q => Assert.NotNull(q.SubmittedAt));
        Assert.All(submitted.SelectMany(q => q.Answers), a =>
            Assert.True(AnswerValues.Normalize(a.Question, a.Value) is { IsSuccess: true } normalized && normalized.Value == a.Value,
                $"'{a.Value}' is not a valid answer to {a.Question.Key}."));
    }

    [Fact]
    public async Task Has_peer_reviewers_other_than_the_authors_and_acknowledgements_only_for_released_reports()
    {
        await using var db = database.CreateContext();

        Assert.False(await db.Supervisions.AnyAsync(s => s.PeerReviewerUserId == s.AuthorUserId));
        Assert.False(await db.ReportAcknowledgements.AnyAsync(a =>
            a.Supervision.Status != SupervisionStatus.Released && a.Supervision.Status != SupervisionStatus.Closed));
        Assert.False(await db.ReportAcknowledgements.AnyAsync(a => !a.Municipality.IsMember));
        Assert.False(await db.Findings.AnyAsync(f => f.Status != FindingStatus.Open
            && f.Supervision.Status != SupervisionStatus.Released && f.Supervision.Status != SupervisionStatus.Closed));
    }

    [Fact]
    public async Task Records_audit_events_for_the_users_steps_on_existing_entities()
    {
        await using var db = database.CreateContext();
        var events = await db.AuditEvents.Where(e => e.EntityType == "Questionnaire").ToListAsync();
        var questionnaires = await db.Questionnaires.Select(q => q.Id).ToListAsync();

        Assert.Contains(events, e => e.Action == "SubmitQuestionnaire");
        Assert.All(events, e => Assert.Contains(int.Parse(e.EntityId, System.Globalization.CultureInfo.InvariantCulture), questionnaires));
        Assert.True(await db.AuditEvents.AllAsync(e => e.At <= new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero)));
    }

    private static async Task<List<T>> Distinct<T>(IQueryable<T> values) => [.. (await values.Distinct().ToListAsync()).Order()];
}
