using System.Text.Json;
using Dbs.Domain.Auditing;
using Dbs.Domain.Common;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Tests.Auditing;

public abstract class AuditTests(DatabaseFixture database)
{
    [Fact]
    public async Task A_service_change_writes_an_audit_event_per_changed_entity_with_who_when_and_before_and_after()
    {
        var world = await World.CreateAsync(database);
        var id = ResultAssert.Success(await world.InNewContext(db =>
            world.Questionnaires(db).OpenAsync(world.DbsAuthor, world.SupplierId, TestTemplate.Year))).Id;

        ResultAssert.Success(await world.InNewContext(db => world.Questionnaires(db).SaveAnswersAsync(world.SupplierEditor, id,
            [new AnswerInput(TestTemplate.Mfa, "Yes", null, 0)])));

        await using var check = world.NewContext();
        var events = await check.AuditEvents.Where(e => e.Action == "SaveAnswers" && e.UserId == world.SupplierEditor.UserId)
            .OrderBy(e => e.Id).ToListAsync();
        var questionnaire = Assert.Single(events, e => e.EntityType == nameof(Questionnaire));
        var answer = Assert.Single(events, e => e.EntityType == nameof(Answer));
        Assert.Equal((id.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditChange.Updated, "Sofie Svendsen", World.Start),
            (questionnaire.EntityId, questionnaire.Change, questionnaire.UserName, questionnaire.At));
        Assert.Equal("NotStarted", JsonDocument.Parse(questionnaire.Before!).RootElement.GetProperty("Status").GetString());
        Assert.Equal("Draft", JsonDocument.Parse(questionnaire.After!).RootElement.GetProperty("Status").GetString());
        Assert.Equal(AuditChange.Created, answer.Change);
        Assert.Null(answer.Before);
        Assert.Equal("Yes", JsonDocument.Parse(answer.After!).RootElement.GetProperty("Value").GetString());
        Assert.Equal(OrganisationKind.Supplier, answer.OrganisationKind);
    }

    [Fact]
    public async Task A_refused_step_writes_no_audit_event()
    {
        var world = await World.CreateAsync(database);
        var id = ResultAssert.Success(await world.InNewContext(db =>
            world.Questionnaires(db).OpenAsync(world.DbsAuthor, world.SupplierId, TestTemplate.Year))).Id;

        var refused = await world.InNewContext(db => world.Questionnaires(db).AcceptAsync(world.DbsAuthor, id));

        Assert.True(refused.IsFailure);
        await using var check = world.NewContext();
        Assert.False(await check.AuditEvents.AnyAsync(e => e.EntityType == nameof(Questionnaire)
            && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.Action == "AcceptQuestionnaire"));
    }

    [Fact]
    public async Task Audit_events_cannot_be_changed_or_deleted_through_the_context()
    {
        var world = await World.CreateAsync(database);
        ResultAssert.Success(await world.InNewContext(db =>
            world.Questionnaires(db).OpenAsync(world.DbsAuthor, world.SupplierId, TestTemplate.Year)));
        await using var db = world.NewContext();
        var auditEvent = await db.AuditEvents.OrderByDescending(e => e.Id).FirstAsync();

        db.Entry(auditEvent).Property(e => e.UserName).CurrentValue = "Someone else";
        var modify = await Record.ExceptionAsync(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.AuditEvents.Remove(await db.AuditEvents.SingleAsync(e => e.Id == auditEvent.Id));
        var delete = await Record.ExceptionAsync(() => db.SaveChangesAsync());

        Assert.IsType<InvalidOperationException>(modify);
        Assert.IsType<InvalidOperationException>(delete);
        await using var check = world.NewContext();
        Assert.Equal("Anne Andersen", (await check.AuditEvents.SingleAsync(e => e.Id == auditEvent.Id)).UserName);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditTestsOnSqlite(SqliteDatabaseFixture database) : AuditTests(database);

[Collection(PostgresCollection.Name)]
public sealed class AuditTestsOnPostgres(PostgresDatabaseFixture database) : AuditTests(database);
