using System.Text.Json;
using Dbs.Api.Features.Relay;
using Dbs.Api.Tests.Support;
using Dbs.Domain.Common;
using Dbs.Domain.Questionnaires;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Tests.Features.Questionnaires;

/// <summary>The questionnaire round through the API, on a demo database of the class's own (the tests change it).</summary>
public abstract class QuestionnaireMutationsTests(DemoHost demo, Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Questionnaire = "questionnaire { id status version progress { answered missingKeys } " +
        "answers { questionKey value version } clarifications { questionKey round comment } }";

    [Fact]
    public async Task The_supplier_saves_an_answer_with_its_version_and_a_stale_save_is_a_conflict_naming_the_question()
    {
        var (id, cvr) = await QuestionnaireAsync(QuestionnaireStatus.NotStarted);
        var key = await TextQuestionKeyAsync(id);
        var token = await demo.Host.TokenAsync(cvr, Role.Editor);
        var input = new { questionnaireId = GlobalId.Encode("Questionnaire", id), answers = new[] { new { questionKey = key, value = "Ja, årligt.", expectedVersion = 0 } } };

        var saved = (await demo.Host.MutateAsync("saveAnswers", Questionnaire + " answers { questionKey version }", input, token));
        var stale = await demo.Host.MutateAsync("saveAnswers", "answers { version }", input, token);
        var unknown = await demo.Host.MutateAsync("saveAnswers", "answers { version }",
            input with { answers = [new { questionKey = "no.such.question", value = "x", expectedVersion = 0 }] }, token);

        var questionnaire = saved.Succeeded("questionnaire");
        Assert.Equal("DRAFT", questionnaire.GetProperty("status").GetString());
        Assert.Equal((key, 1), (saved.GetProperty("answers")[0].GetProperty("questionKey").GetString(),
            saved.GetProperty("answers")[0].GetProperty("version").GetInt32()));
        Assert.Contains(questionnaire.GetProperty("answers").EnumerateArray(), a => a.GetProperty("questionKey").GetString() == key
            && a.GetProperty("value").GetString() == "Ja, årligt.");
        Assert.Equal([key], stale.FailedWith("ConcurrencyConflictError").GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(JsonValueKind.Null, stale.GetProperty("answers").ValueKind);
        Assert.Equal(["input", "answers", "no.such.question"], unknown.FailedWith("ValidationError").GetProperty("fieldErrors")[0]
            .GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Submitting_with_missing_answers_names_each_missing_question()
    {
        var (id, cvr) = await QuestionnaireAsync(QuestionnaireStatus.Draft);
        var token = await demo.Host.TokenAsync(cvr, Role.Editor);
        var (_, before) = await demo.Host.PostAsync("query($id: ID!) { node(id: $id) { ... on Questionnaire { progress { missingKeys } } } }",
            token, new { id = GlobalId.Encode("Questionnaire", id) });
        var missing = before.GetProperty("data").GetProperty("node").GetProperty("progress").GetProperty("missingKeys")
            .EnumerateArray().Select(k => k.GetString()!).ToList();

        var payload = await demo.Host.MutateAsync("submitQuestionnaire", "questionnaire { status }",
            new { questionnaireId = GlobalId.Encode("Questionnaire", id) }, token);

        if (missing.Count == 0)
        {
            Assert.Equal("SUBMITTED", payload.Succeeded("questionnaire").GetProperty("status").GetString());
            return;
        }

        Assert.Equal(missing, payload.FailedWith("ValidationError").GetProperty("fieldErrors").EnumerateArray()
            .Select(e => e.GetProperty("path")[0].GetString()!));
    }

    [Fact]
    public async Task Dbs_returns_a_submitted_questionnaire_for_clarification_and_accepts_another()
    {
        var (returned, _) = await QuestionnaireAsync(QuestionnaireStatus.Submitted);
        var (accepted, cvr) = await QuestionnaireAsync(QuestionnaireStatus.Submitted, skip: 1);
        var key = await TextQuestionKeyAsync(returned);
        var dbs = await demo.Host.TokenAsync("dbs", Role.Editor);

        var byReader = await demo.Host.MutateAsync("acceptQuestionnaire", "questionnaire { status }",
            new { questionnaireId = GlobalId.Encode("Questionnaire", accepted) }, await demo.Host.TokenAsync("dbs"));
        var bySupplier = await demo.Host.MutateAsync("acceptQuestionnaire", "questionnaire { status }",
            new { questionnaireId = GlobalId.Encode("Questionnaire", accepted) }, await demo.Host.TokenAsync(cvr, Role.Editor));
        var back = (await demo.Host.MutateAsync("returnQuestionnaireForClarification", Questionnaire, new
        {
            questionnaireId = GlobalId.Encode("Questionnaire", returned),
            comments = new[] { new { questionKey = key, comment = "Uddyb venligst." } },
        }, dbs)).Succeeded("questionnaire");
        var done = (await demo.Host.MutateAsync("acceptQuestionnaire", "questionnaire { status acceptedByName }",
            new { questionnaireId = GlobalId.Encode("Questionnaire", accepted) }, dbs)).Succeeded("questionnaire");
        var again = await demo.Host.MutateAsync("acceptQuestionnaire", "questionnaire { status }",
            new { questionnaireId = GlobalId.Encode("Questionnaire", accepted) }, dbs);

        byReader.FailedWith("NotAuthorizedError");
        bySupplier.FailedWith("NotAuthorizedError");
        Assert.Equal("RETURNED_FOR_CLARIFICATION", back.GetProperty("status").GetString());
        Assert.Contains(back.GetProperty("clarifications").EnumerateArray(),
            c => c.GetProperty("questionKey").GetString() == key && c.GetProperty("comment").GetString() == "Uddyb venligst.");
        Assert.Equal("ACCEPTED", done.GetProperty("status").GetString());
        Assert.Equal("Accepted", again.FailedWith("InvalidTransitionError").GetProperty("currentState").GetString());
    }

    [Fact]
    public async Task Nobody_reads_or_changes_another_organisations_questionnaire()
    {
        var (id, cvr) = await QuestionnaireAsync(QuestionnaireStatus.Draft);
        string otherCvr;
        await using (var db = demo.Host.CreateContext())
        {
            otherCvr = await db.Suppliers.Where(s => s.Cvr != cvr).Select(s => s.Cvr).FirstAsync();
        }

        var globalId = GlobalId.Encode("Questionnaire", id);
        foreach (var token in new[] { await demo.Host.TokenAsync(otherCvr, Role.Editor), await demo.Host.TokenAsync("791", Role.Editor) })
        {
            var (_, read) = await demo.Host.PostAsync(
                "query($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } questionnaires(first: 50) { totalCount nodes { id } } }",
                token, new { id = globalId });
            var saved = await demo.Host.MutateAsync("saveAnswers", "answers { version }",
                new { questionnaireId = globalId, answers = new[] { new { questionKey = "x", value = "y", expectedVersion = 0 } } }, token);
            var submitted = await demo.Host.MutateAsync("submitQuestionnaire", "questionnaire { id }", new { questionnaireId = globalId }, token);

            var data = read.GetProperty("data");
            Assert.Equal(JsonValueKind.Null, data.GetProperty("node").ValueKind);
            Assert.Equal(JsonValueKind.Null, data.GetProperty("nodes")[0].ValueKind);
            Assert.DoesNotContain(data.GetProperty("questionnaires").GetProperty("nodes").EnumerateArray(),
                n => n.GetProperty("id").GetString() == globalId);
            saved.FailedWith("NotFoundError");
            submitted.FailedWith("NotFoundError");
        }
    }

    [Fact]
    public async Task Questionnaires_with_template_answers_attachments_and_progress_take_as_many_statements_for_twenty_as_for_two()
    {
        var token = await demo.Host.TokenAsync("dbs");
        // A list page names each questionnaire's template; a client reads a template's questions once, not once per
        // questionnaire (twenty full templates would be some 20,000 objects, which the type cost limit refuses).
        const string Query = "query($n: Int) { questionnaires(first: $n) { nodes { id status supplier { name } " +
            "template { year sections { title } } answers { questionKey version } " +
            "attachments { questionKey fileName sha256 } clarifications { questionKey } progress { answered required } } } }";
        using var counter = new SqlCommandCounter(demo.Host.DatabaseMarker);

        var (_, two) = await demo.Host.PostAsync(Query, token, new { n = 2 });
        var forTwo = counter.Count;
        counter.Reset();
        var (_, twenty) = await demo.Host.PostAsync(Query, token, new { n = 20 });
        var forTwenty = counter.Count;
        output.WriteLine($"SQL statements: {forTwo} for 2 questionnaires, {forTwenty} for 20.");

        Assert.False(twenty.TryGetProperty("errors", out _), twenty.ToString());
        Assert.Equal(2, two.GetProperty("data").GetProperty("questionnaires").GetProperty("nodes").GetArrayLength());
        Assert.True(twenty.GetProperty("data").GetProperty("questionnaires").GetProperty("nodes").GetArrayLength() > 2);
        Assert.Equal(forTwo, forTwenty);
    }

    [Fact]
    public async Task Attachments_give_their_size_as_a_whole_json_number()
    {
        int questionnaireId;
        long size;
        await using (var db = demo.Host.CreateContext())
        {
            var attachment = await db.Attachments.OrderBy(a => a.Id).Select(a => new { a.QuestionnaireId, a.SizeBytes }).FirstAsync();
            (questionnaireId, size) = (attachment.QuestionnaireId, attachment.SizeBytes);
        }

        var (_, body) = await demo.Host.PostAsync("query($id: ID!) { node(id: $id) { ... on Questionnaire { attachments { sizeBytes } } } }",
            await demo.Host.TokenAsync("dbs"), new { id = GlobalId.Encode("Questionnaire", questionnaireId) });

        var sizes = body.GetProperty("data").GetProperty("node").GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("sizeBytes")).ToList();
        Assert.All(sizes, s => Assert.True(s.TryGetInt64(out _) && !s.GetRawText().Contains('.', StringComparison.Ordinal), s.GetRawText()));
        Assert.Contains(sizes, s => s.GetInt64() == size);
    }

    private async Task<(int Id, string Cvr)> QuestionnaireAsync(QuestionnaireStatus status, int skip = 0)
    {
        await using var db = demo.Host.CreateContext();
        var questionnaire = await db.Questionnaires.Where(q => q.Status == status && q.ReturnRound == 0).OrderBy(q => q.Id).Skip(skip)
            .Select(q => new { q.Id, q.Supplier.Cvr }).FirstAsync();
        return (questionnaire.Id, questionnaire.Cvr);
    }

    private async Task<string> TextQuestionKeyAsync(int questionnaireId)
    {
        await using var db = demo.Host.CreateContext();
        var templateId = await db.Questionnaires.Where(q => q.Id == questionnaireId).Select(q => q.TemplateId).SingleAsync();
        return await db.Questions.Where(q => q.Section.TemplateId == templateId && q.Kind == QuestionKind.Text)
            .OrderBy(q => q.Id).Select(q => q.Key).FirstAsync();
    }
}

public sealed class QuestionnaireMutationsTestsOnSqlite(SqliteDemoHost demo, Xunit.Abstractions.ITestOutputHelper output)
    : QuestionnaireMutationsTests(demo, output), IClassFixture<SqliteDemoHost>;

public sealed class QuestionnaireMutationsTestsOnPostgres(PostgresDemoHost demo, Xunit.Abstractions.ITestOutputHelper output)
    : QuestionnaireMutationsTests(demo, output), IClassFixture<PostgresDemoHost>;
