using Dbs.Domain.Access;
using Dbs.Domain.Common;
using Dbs.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Questionnaires;

/// <summary>DBS prepares the year's questionnaire template and publishes it (after which it cannot change). Audited.</summary>
public sealed class QuestionnaireTemplateService(DbsDbContext db, TimeProvider clock)
{
    /// <summary>Creates <paramref name="year"/>'s template from the annual catalog (<see cref="Seeding.QuestionnaireTemplateCatalog"/>), unpublished.</summary>
    public async Task<Result<QuestionnaireTemplate>> CreateStandardAsync(Actor actor, int year,
        CancellationToken cancellationToken = default)
    {
        if (Permissions.DbsEditor(actor) is { } forbidden)
        {
            return forbidden;
        }

        if (await db.QuestionnaireTemplates.AnyAsync(t => t.Year == year, cancellationToken))
        {
            return new AlreadyExists(nameof(QuestionnaireTemplate), year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var template = Seeding.QuestionnaireTemplateCatalog.Create(year);
        db.QuestionnaireTemplates.Add(template);
        var saved = await db.TrySaveAsync(actor, "CreateQuestionnaireTemplate", clock.GetUtcNow(), cancellationToken);
        return saved.To(() => template);
    }

    public async Task<Result<QuestionnaireTemplate>> PublishAsync(Actor actor, int templateId, long? expectedVersion = null,
        CancellationToken cancellationToken = default)
    {
        var template = await new AccessScope(db, actor).QuestionnaireTemplates
            .Include(t => t.Sections).ThenInclude(s => s.Questions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(t => t.Id == templateId, cancellationToken);
        return await db.ApplyAsync(actor, template, templateId, expectedVersion, _ => Permissions.DbsEditor(actor),
            t => t.Publish(clock.GetUtcNow()), "PublishQuestionnaireTemplate", clock.GetUtcNow(), cancellationToken);
    }
}
