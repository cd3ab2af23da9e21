using Dbs.Domain.Common;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Tests.Questionnaires;

public abstract class QuestionnaireTemplateServiceTests(DatabaseFixture database)
{
    private const int Year = 2045;

    [Fact]
    public async Task DBS_creates_the_standard_template_for_a_year_publishes_it_and_then_it_is_fixed()
    {
        var world = await World.CreateAsync(database);
        var created = ResultAssert.Success(await world.InNewContext(db => world.Templates(db).CreateStandardAsync(world.DbsAuthor, Year)));
        var again = await world.InNewContext(db => world.Templates(db).CreateStandardAsync(world.DbsAuthor, Year));
        var bySupplier = await world.InNewContext(db => world.Templates(db).PublishAsync(world.SupplierEditor, created.Id));
        var published = ResultAssert.Success(await world.InNewContext(db => world.Templates(db).PublishAsync(world.DbsAuthor, created.Id)));
        var twice = await world.InNewContext(db => world.Templates(db).PublishAsync(world.DbsAuthor, created.Id));

        Assert.False(created.IsPublished);
        ResultAssert.Fails<AlreadyExists>(again.Error);
        ResultAssert.Fails<NotFound>(bySupplier.Error);
        Assert.Equal(World.Start, published.PublishedAt);
        ResultAssert.Fails<InvalidTransition>(twice.Error);
        await using var check = world.NewContext();
        var stored = await check.QuestionnaireTemplates.Include(t => t.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery().SingleAsync(t => t.Year == Year);
        Assert.Equal(Dbs.Domain.Seeding.QuestionnaireTemplateCatalog.Create(Year).Questions.Select(q => (q.Key, q.Options.Count)),
            stored.Questions.Select(q => (q.Key, q.Options.Count)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class QuestionnaireTemplateServiceTestsOnSqlite(SqliteDatabaseFixture database) : QuestionnaireTemplateServiceTests(database);

[Collection(PostgresCollection.Name)]
public sealed class QuestionnaireTemplateServiceTestsOnPostgres(PostgresDatabaseFixture database) : QuestionnaireTemplateServiceTests(database);
