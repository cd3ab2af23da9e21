using Dbs.Domain.Agreements;
using Dbs.Domain.Common;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Dbs.Domain.Tests.Support.TestTemplate;

namespace Dbs.Domain.Tests.Questionnaires;

public abstract class QuestionnaireServiceTests(DatabaseFixture database)
{
    private static readonly string Digest = new('a', 64);

    [Fact]
    public async Task DBS_opens_a_questionnaire_as_not_started_on_the_years_published_template()
    {
        var world = await World.CreateAsync(database);

        var questionnaire = ResultAssert.Success(await world.InNewContext(db =>
            world.Questionnaires(db).OpenAsync(world.DbsAuthor, world.SupplierId, Year, new DateOnly(2031, 5, 1))));

        Assert.Equal(QuestionnaireStatus.NotStarted, questionnaire.Status);
        Assert.Equal(Year, questionnaire.Year);
        Assert.Equal(new DateOnly(2031, 5, 1), questionnaire.Deadline);
    }

    [Fact]
    public async Task A_supplier_gets_only_one_questionnaire_per_year()
    {
        var world = await World.CreateAsync(database);
        await Open(world);

        var second = await world.InNewContext(db => world.Questionnaires(db).OpenAsync(world.DbsAuthor, world.SupplierId, Year));

        ResultAssert.Fails<AlreadyExists>(second.Error);
    }

    [Fact]
    public async Task A_questionnaire_cannot_be_opened_for_a_year_without_a_published_template()
    {
        var world = await World.CreateAsync(database);

        var result = await world.InNewContext(db => world.Questionnaires(db).OpenAsync(world.DbsAuthor, world.SupplierId, 1999));

        var error = ResultAssert.Fails<ValidationFailed>(result.Error);
        Assert.Equal("year", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task Only_DBS_editors_open_questionnaires()
    {
        var world = await World.CreateAsync(database);

        var bySupplier = await world.InNewContext(db => world.Questionnaires(db).OpenAsync(world.SupplierEditor, world.SupplierId, Year));
        var byReader = await world.InNewContext(db => world.Questionnaires(db).OpenAsync(world.DbsReader, world.SupplierId, Year));

        ResultAssert.Fails<Forbidden>(bySupplier.Error);
        ResultAssert.Fails<Forbidden>(byReader.Error);
    }

    [Fact]
    public async Task Opening_the_round_opens_one_questionnaire_per_supplier_with_active_agreements_and_is_repeatable()
    {
        var world = await World.CreateAsync(database);

        var first = ResultAssert.Success(await world.InNewContext(db => world.Questionnaires(db).OpenRoundAsync(world.DbsAuthor, Year)));
        var again = ResultAssert.Success(await world.InNewContext(db => world.Questionnaires(db).OpenRoundAsync(world.DbsAuthor, Year)));

        Assert.True(first >= 1);
        Assert.Equal(0, again);
        await using var check = world.NewContext();
        Assert.Equal(1, await check.Questionnaires.CountAsync(q => q.SupplierId == world.SupplierId && q.Year == Year));
    }

    [Fact]
    public async Task Starting_moves_a_not_started_questionnaire_to_draft_and_starting_again_is_refused()
    {
        var world = await World.CreateAsync(database);
        var id = await Open(world);

        var started = ResultAssert.Success(await world.InNewContext(db => world.Questionnaires(db).StartAsync(world.SupplierEditor, id)));
        var again = await world.InNewContext(db => world.Questionnaires(db).StartAsync(world.SupplierEditor, id));

        Assert.Equal(QuestionnaireStatus.Draft, started.Status);
        var error = ResultAssert.Fails<InvalidTransition>(again.Error);
        Assert.Equal("INVALID_TRANSITION", error.Code);
        Assert.Equal("Draft", error.From);
    }

    [Fact]
    public async Task The_first_save_starts_the_questionnaire_and_stores_only_the_given_answers()
    {
        var world = await World.CreateAsync(database);
        var id = await Open(world);

        var saved = ResultAssert.Success(await Save(world, id, world.SupplierEditor, new AnswerInput(Mfa, "partially", "Kun VPN", 0)));

        var answer = Assert.Single(saved);
        Assert.Equal((Mfa, "Partially", "Kun VPN", 1L), (answer.QuestionKey, answer.Value, answer.Explanation, answer.Version));
        var questionnaire = await Get(world, id);
        Assert.Equal(QuestionnaireStatus.Draft, questionnaire.Status);
        var stored = Assert.Single(questionnaire.Answers);
        Assert.Equal(("Partially", "Sofie Svendsen", World.Start), (stored.Value, stored.AnsweredByName, stored.AnsweredAt));
    }

    [Fact]
    public async Task A_later_partial_save_leaves_the_other_answers_untouched_and_increments_the_changed_answers_version()
    {
        var world = await World.CreateAsync(database);
        var id = await Open(world);
        await Save(world, id, world.SupplierEditor, new AnswerInput(Mfa, "Yes", null, 0), new AnswerInput(Instructions, "Yes", null, 0));

        var saved = ResultAssert.Success(await Save(world, id, world.SupplierColleague, new AnswerInput(Mfa, "No", null, 1)));

        Assert.Equal(2, Assert.Single(saved).Version);
        var answers = (await Get(world, id)).Answers.ToDictionary(a => a.Question.Key);
        Assert.Equal(("No", 2L, "Peter Poulsen"), (answers[Mfa].Value, answers[Mfa].Version, answers[Mfa].AnsweredByName));
        Assert.Equal(("Yes", 1L, "Sofie Svendsen"), (answers[Instructions].Value, answers[Instructions].Version,
            answers[Instructions].AnsweredByName));
    }

    [Fact]
    public async Task Saving_over_an_answer_someone_else_changed_is_a_conflict_naming_the_question_and_keeps_their_answer()
    {
        var world = await World.CreateAsync(database);
        var id = await Open(world);
        await Save(world, id, world.SupplierEditor, new AnswerInput(Mfa, "Yes", null, 0));
        await Save(world, id, world.SupplierColleague, new AnswerInput(Mfa, "No", null, 1));

        var stale = await Save(world, id, world.SupplierEditor, new AnswerInput(Mfa, "Partially", null, 1),
            new AnswerInput(Instructions, "Yes", null, 0));

        var conflict = ResultAssert.Fails<ConcurrencyConflict>(stale.Error);
        Assert.Equal([Mfa], conflict.Fields);
        Assert.Equal("CONCURRENCY_CONFLICT", conflict.Code);
        var answers = (await Get(world, id)).Answers.ToDictionary(a => a.Question.Key);
        Assert.Equal("No", answers[Mfa].Value);
        Assert.False(answers.ContainsKey(Instructions));
    }

    [Fact]
    public async Task Two_first_saves_of_the_same_question_cannot_both_win()
    {
        var world = await World.CreateAsync(database);
        var id = await Open(world);
        await Save(world, id, world.SupplierEditor, new AnswerInput(Mfa, "Yes", null, 0));

        var second = await Save(world, id, world.SupplierColleague, new AnswerInput(Mfa, "No", null, 0));

        Assert.Equal([Mfa], ResultAssert.Fails<ConcurrencyConflict>(second.Error).Fields);
    }

    [Fact]
    public async Task Invalid_values_are_reported_per_question_and_nothing_is_saved()
    {
        var world = await World.CreateAsync(database);
        var id = await Open(world);

        var result = await Save(world, id, world.SupplierEditor,
            new AnswerInput(Instructions, "Maybe", null, 0),
            new AnswerInput(StatementPeriodEnd, "31-12-2030", null, 0),
            new AnswerInput(StatementKind, "isae9999", null, 0),
            new AnswerInput("no.such.question", "Yes", null, 0),
            new AnswerInput(Mfa, "Yes", null, 0));

        var error = ResultAssert.Fails<ValidationFailed>(result.Error);
        Assert.Equal([Instructions, StatementPeriodEnd, StatementKind, "no.such.question"], error.Errors.Select(e => e.Field));
        Assert.Empty((await Get(world, id)).Answers);
    }

    [Fact]
    public async Task Submitting_with_required_answers_missing_reports_each_missing_question_with_its_clause()
    {
        var world = await World.CreateAsync(database);
        var id = await Open(world);
        await Save(world, id, world.SupplierEditor, new AnswerInput(Mfa, "Yes", null, 0));

        var result = await world.InNewContext(db => world.Questionnaires(db).SubmitAsync(world.SupplierEditor, id));

        var error = ResultAssert.Fails<ValidationFailed>(result.Error);
        Assert.Equal([Instructions, Statement, StatementKind], error.Errors.Select(e => e.Field));
        Assert.Contains("(C.7)", error.Errors[1].Message, StringComparison.Ordinal);
        Assert.Equal(QuestionnaireStatus.Draft, (await Get(world, id)).Status);
    }

    [Fact]
    public async Task A_complete_questionnaire_is_submitted_with_who_and_when_and_then_cannot_change()
    {
        var world = await World.CreateAsync(database);
        var id = await Complete(world);

        var submitted = ResultAssert.Success(await world.InNewContext(db => world.Questionnaires(db).SubmitAsync(world.SupplierEditor, id)));
        var save = await Save(world, id, world.SupplierEditor, new AnswerInput(SecurityNotes, "Efterslæb", null, 0));
        var attach = await world.InNewContext(db => world.Questionnaires(db).AddAttachmentAsync(world.SupplierEditor, id,
            new AttachmentInput(Statement, "ny.pdf", "application/pdf", 10, Digest, "late-" + id)));
        var again = await world.InNewContext(db => world.Questionnaires(db).SubmitAsync(world.SupplierEditor, id));

        Assert.Equal(QuestionnaireStatus.Submitted, submitted.Status);
        Assert.Equal(("Sofie Svendsen", World.Start), (submitted.SubmittedByName, submitted.SubmittedAt));
        ResultAssert.Fails<InvalidTransition>(save.Error);
        ResultAssert.Fails<InvalidTransition>(attach.Error);
        ResultAssert.Fails<InvalidTransition>(again.Error);
    }

    [Fact]
    public async Task DBS_returns_a_submitted_questionnaire_and_only_the_returned_questions_can_be_changed_before_resubmitting()
    {
        var world = await World.CreateAsync(database);
        var id = await Complete(world);
        await world.InNewContext(db => world.Questionnaires(db).SubmitAsync(world.SupplierEditor, id));

        var returned = ResultAssert.Success(await world.InNewContext(db => world.Questionnaires(db).ReturnForClarificationAsync(
            world.DbsAuthor, id, [new ClarificationInput(Mfa, "Gælder det også leverandørens support?")])));
        var reopened = ResultAssert.Success(await world.InNewContext(db => world.Questionnaires(db).ReopenAsync(world.SupplierEditor, id)));
        var notReturned = await Save(world, id, world.SupplierEditor, new AnswerInput(Instructions, "No", null, 1));
        var returnedQuestion = await Save(world, id, world.SupplierEditor, new AnswerInput(Mfa, "Partially", "Support bruger ikke MFA", 1));
        var resubmitted = await world.InNewContext(db => world.Questionnaires(db).SubmitAsync(world.SupplierEditor, id));

        Assert.Equal((QuestionnaireStatus.ReturnedForClarification, 1), (returned.Status, returned.ReturnRound));
        var clarification = Assert.Single(returned.OpenClarifications);
        Assert.Equal((Mfa, "Anne Andersen"), (clarification.Question.Key, clarification.RequestedByName));
        Assert.Equal(QuestionnaireStatus.Draft, reopened.Status);
        Assert.Equal(Instructions, Assert.Single(ResultAssert.Fails<ValidationFailed>(notReturned.Error).Errors).Field);
        ResultAssert.Success(returnedQuestion);
        Assert.Equal(QuestionnaireStatus.Submitted, ResultAssert.Success(resubmitted).Status);
    }

    [Fact]
    public async Task A_save_on_a_returned_questionnaire_reopens_it()
    {
        var world = await World.CreateAsync(database);
        var id = await Complete(world);
        await world.InNewContext(db => world.Questionnaires(db).SubmitAsync(world.SupplierEditor, id));
        await world.InNewContext(db => world.Questionnaires(db).ReturnForClarificationAsync(world.DbsAuthor, id,
            [new ClarificationInput(Mfa, "Uddyb")]));

        ResultAssert.Success(await Save(world, id, world.SupplierEditor, new AnswerInput(Mfa, "Partially", "Uddybet", 1)));

        Assert.Equal(QuestionnaireStatus.Draft, (await Get(world, id)).Status);
    }

    [Fact]
    public async Task Returning_needs_a_comment_on_at_least_one_real_question()
    {
        var world = await World.CreateAsync(database);
        var id = await Complete(world);
        await world.InNewContext(db => world.Questionnaires(db).SubmitAsync(world.SupplierEditor, id));

        var none = await world.InNewContext(db => world.Questionnaires(db).ReturnForClarificationAsync(world.DbsAuthor, id, []));
        var unknown = await world.InNewContext(db => world.Questionnaires(db).ReturnForClarificationAsync(world.DbsAuthor, id,
            [new ClarificationInput("nope", "?")]));

        ResultAssert.Fails<ValidationFailed>(none.Error);
        Assert.Equal("nope", Assert.Single(ResultAssert.Fails<ValidationFailed>(unknown.Error).Errors).Field);
    }

    [Fact]
    public async Task DBS_accepts_a_submitted_questionnaire_and_nothing_follows_acceptance()
    {
        var world = await World.CreateAsync(database);
        var id = await Complete(world);
        await world.InNewContext(db => world.Questionnaires(db).SubmitAsync(world.SupplierEditor, id));

        var accepted = ResultAssert.Success(await world.InNewContext(db => world.Questionnaires(db).AcceptAsync(world.DbsAuthor, id)));
        var returned = await world.InNewContext(db => world.Questionnaires(db).ReturnForClarificationAsync(world.DbsAuthor, id,
            [new ClarificationInput(Mfa, "?")]));
        var reopened = await world.InNewContext(db => world.Questionnaires(db).ReopenAsync(world.SupplierEditor, id));

        Assert.Equal((QuestionnaireStatus.Accepted, "Anne Andersen"), (accepted.Status, accepted.AcceptedByName));
        ResultAssert.Fails<InvalidTransition>(returned.Error);
        ResultAssert.Fails<InvalidTransition>(reopened.Error);
    }

    [Fact]
    public async Task Drafts_cannot_be_accepted_returned_or_reopened()
    {
        var world = await World.CreateAsync(database);
        var id = await Open(world);
        await world.InNewContext(db => world.Questionnaires(db).StartAsync(world.SupplierEditor, id));

        var accept = await world.InNewContext(db => world.Questionnaires(db).AcceptAsync(world.DbsAuthor, id));
        var back = await world.InNewContext(db => world.Questionnaires(db).ReturnForClarificationAsync(world.DbsAuthor, id,
            [new ClarificationInput(Mfa, "?")]));
        var reopen = await world.InNewContext(db => world.Questionnaires(db).ReopenAsync(world.SupplierEditor, id));

        ResultAssert.Fails<InvalidTransition>(accept.Error);
        ResultAssert.Fails<InvalidTransition>(back.Error);
        ResultAssert.Fails<InvalidTransition>(reopen.Error);
    }

    [Fact]
    public async Task A_not_started_questionnaire_cannot_be_submitted()
    {
        var world = await World.CreateAsync(database);
        var id = await Open(world);

        var result = await world.InNewContext(db => world.Questionnaires(db).SubmitAsync(world.SupplierEditor, id));

        Assert.Equal("NotStarted", ResultAssert.Fails<InvalidTransition>(result.Error).From);
    }

    [Fact]
    public async Task Another_supplier_can_neither_see_nor_change_the_questionnaire()
    {
        var world = await World.CreateAsync(database);
        var other = await World.CreateAsync(database);
        var id = await Open(world);

        var read = await world.InNewContext(db => world.Questionnaires(db).GetAsync(other.SupplierEditor, id));
        var save = await Save(world, id, other.SupplierEditor, new AnswerInput(Mfa, "Yes", null, 0));

        ResultAssert.Fails<NotFound>(read.Error);
        ResultAssert.Fails<NotFound>(save.Error);
    }

    [Fact]
    public async Task Readers_and_DBS_cannot_answer_and_suppliers_cannot_accept()
    {
        var world = await World.CreateAsync(database);
        var id = await Complete(world);

        var byReader = await Save(world, id, world.SupplierReader, new AnswerInput(SecurityNotes, "x", null, 0));
        var byDbs = await Save(world, id, world.DbsAuthor, new AnswerInput(SecurityNotes, "x", null, 0));
        await world.InNewContext(db => world.Questionnaires(db).SubmitAsync(world.SupplierEditor, id));
        var acceptBySupplier = await world.InNewContext(db => world.Questionnaires(db).AcceptAsync(world.SupplierEditor, id));

        ResultAssert.Fails<Forbidden>(byReader.Error);
        ResultAssert.Fails<Forbidden>(byDbs.Error);
        ResultAssert.Fails<Forbidden>(acceptBySupplier.Error);
    }

    [Fact]
    public async Task Submitting_an_older_version_than_the_stored_one_is_a_conflict()
    {
        var world = await World.CreateAsync(database);
        var id = await Complete(world);
        var version = (await Get(world, id)).Version;
        await Save(world, id, world.SupplierColleague, new AnswerInput(SecurityNotes, "Tilføjet", null, 0));

        var result = await world.InNewContext(db => world.Questionnaires(db).SubmitAsync(world.SupplierEditor, id, version));

        ResultAssert.Fails<ConcurrencyConflict>(result.Error);
    }

    [Fact]
    public async Task Attachments_record_file_metadata_and_count_as_the_answer_to_a_file_question()
    {
        var world = await World.CreateAsync(database);
        var id = await Open(world);

        var attachment = ResultAssert.Success(await world.InNewContext(db => world.Questionnaires(db).AddAttachmentAsync(
            world.SupplierEditor, id, new AttachmentInput(Statement, "isae3000.pdf", "application/pdf", 123_456,
                Digest.ToUpperInvariant(), "evidence/" + id + "/1"))));
        var progress = ResultAssert.Success(await world.InNewContext(db => world.Questionnaires(db).GetProgressAsync(world.SupplierEditor, id)));
        var invalid = await world.InNewContext(db => world.Questionnaires(db).AddAttachmentAsync(world.SupplierEditor, id,
            new AttachmentInput(Statement, "x.pdf", "application/pdf", 0, "xyz", "evidence/" + id + "/2")));

        Assert.Equal(("isae3000.pdf", 123_456L, Digest, "Sofie Svendsen"),
            (attachment.FileName, attachment.SizeBytes, attachment.Sha256, attachment.UploadedByName));
        Assert.Equal((1, 4), (progress.AnsweredRequired, progress.Required));
        Assert.Equal([Instructions, Mfa, StatementKind], progress.MissingKeys);
        Assert.Equal(["sizeBytes", "sha256"], ResultAssert.Fails<ValidationFailed>(invalid.Error).Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task A_removed_attachment_no_longer_answers_its_question()
    {
        var world = await World.CreateAsync(database);
        var id = await Open(world);
        var attachment = ResultAssert.Success(await world.InNewContext(db => world.Questionnaires(db).AddAttachmentAsync(
            world.SupplierEditor, id, new AttachmentInput(Statement, "a.pdf", "application/pdf", 1, Digest, "evidence/r" + id))));

        ResultAssert.Success(await world.InNewContext(db => world.Questionnaires(db).RemoveAttachmentAsync(world.SupplierEditor, attachment.Id)));

        var progress = ResultAssert.Success(await world.InNewContext(db => world.Questionnaires(db).GetProgressAsync(world.SupplierEditor, id)));
        Assert.Contains(Statement, progress.MissingKeys);
    }

    [Fact]
    public async Task The_questionnaire_covers_the_suppliers_active_agreements_as_they_are_now()
    {
        var world = await World.CreateAsync(database);
        var id = await Open(world);
        await using (var db = world.NewContext())
        {
            var agreement = await db.Agreements.SingleAsync(a => a.Id == world.AgreementIds["730"]);
            agreement.Terminate(new DateOnly(2031, 2, 28));
            await db.SaveChangesAsync();
        }

        await using var check = world.NewContext();
        var questionnaire = await check.Questionnaires.SingleAsync(q => q.Id == id);
        var covered = await check.Agreements.CoveredBy(questionnaire).Select(a => a.Id).OrderBy(a => a).ToListAsync();

        Assert.Equal(new[] { "791", "147", "751" }.Select(c => world.AgreementIds[c]).Order(), covered);
    }

    [Fact]
    public async Task A_read_is_not_tracked_and_shares_the_published_template_with_its_answers_linked_to_its_questions()
    {
        var world = await World.CreateAsync(database);
        var id = await Complete(world);

        await using var db = world.NewContext();
        var first = ResultAssert.Success(await world.Questionnaires(db).GetAsync(world.SupplierEditor, id));
        var second = ResultAssert.Success(await world.Questionnaires(db).GetAsync(world.SupplierEditor, id));

        Assert.Empty(db.ChangeTracker.Entries());
        Assert.NotSame(first, second);
        Assert.Same(first.Template, second.Template);
        var mfa = first.Template.FindQuestion(Mfa)!;
        Assert.Same(mfa, first.AnswerTo(mfa)!.Question);
        Assert.Same(first.Template.FindQuestion(Statement), Assert.Single(first.Attachments).Question);
        Assert.Empty(first.MissingRequired());
    }

    [Fact]
    public async Task A_save_loads_only_the_answered_questions_and_a_submit_after_it_in_the_same_context_sees_the_whole_questionnaire()
    {
        var world = await World.CreateAsync(database);
        var id = await Complete(world);
        await using var db = world.NewContext();
        var questionnaires = world.Questionnaires(db);

        ResultAssert.Success(await questionnaires.SaveAnswersAsync(world.SupplierEditor, id, [new AnswerInput(Mfa, "No", null, 1)]));

        Assert.Equal([Mfa], db.ChangeTracker.Entries<Question>().Select(e => e.Entity.Key));
        Assert.Equal([Mfa], db.ChangeTracker.Entries<Answer>().Select(e => e.Entity.Question.Key));
        var submitted = ResultAssert.Success(await questionnaires.SubmitAsync(world.SupplierEditor, id));
        Assert.Equal(QuestionnaireStatus.Submitted, submitted.Status);
        Assert.Equal(3, submitted.Answers.Count);
        Assert.Equal("No", submitted.AnswerTo(submitted.Template.FindQuestion(Mfa)!)!.Value);
    }

    [Fact]
    public async Task A_save_naming_no_question_of_the_template_is_refused_per_key()
    {
        var world = await World.CreateAsync(database);
        var id = await Open(world);

        var saved = await Save(world, id, world.SupplierEditor, new AnswerInput("no.such.question", "Yes", null, 0));

        var error = ResultAssert.Fails<ValidationFailed>(saved.Error);
        Assert.Equal(["no.such.question"], error.Errors.Select(e => e.Field));
    }

    private static async Task<int> Open(World world) =>
        ResultAssert.Success(await world.InNewContext(db =>
            world.Questionnaires(db).OpenAsync(world.DbsAuthor, world.SupplierId, Year))).Id;

    /// <summary>Opens a questionnaire and answers every required question.</summary>
    private static async Task<int> Complete(World world)
    {
        var id = await Open(world);
        ResultAssert.Success(await Save(world, id, world.SupplierEditor,
            new AnswerInput(Instructions, "Yes", null, 0),
            new AnswerInput(Mfa, "Yes", null, 0),
            new AnswerInput(StatementKind, "isae3000", null, 0)));
        ResultAssert.Success(await world.InNewContext(db => world.Questionnaires(db).AddAttachmentAsync(world.SupplierEditor, id,
            new AttachmentInput(Statement, "erklaering.pdf", "application/pdf", 2048, Digest, $"evidence/{id}/statement"))));
        return id;
    }

    private static Task<Result<IReadOnlyList<SavedAnswer>>> Save(World world, int id, Actor actor, params AnswerInput[] answers) =>
        world.InNewContext(db => world.Questionnaires(db).SaveAnswersAsync(actor, id, answers));

    private static async Task<Questionnaire> Get(World world, int id) =>
        ResultAssert.Success(await world.InNewContext(db => world.Questionnaires(db).GetAsync(world.DbsAuthor, id)));
}

[Collection(SqliteCollection.Name)]
public sealed class QuestionnaireServiceTestsOnSqlite(SqliteDatabaseFixture database) : QuestionnaireServiceTests(database);

[Collection(PostgresCollection.Name)]
public sealed class QuestionnaireServiceTestsOnPostgres(PostgresDatabaseFixture database) : QuestionnaireServiceTests(database);
