using Dbs.Domain.Access;
using Dbs.Domain.Common;
using Dbs.Domain.Persistence;
using Dbs.Domain.Questionnaires;
using Microsoft.EntityFrameworkCore;
using QuestionnaireEntity = Dbs.Domain.Questionnaires.Questionnaire;

namespace Dbs.Portal.Pages.Questionnaire;

/// <summary>The signed-in supplier's questionnaire for the current year (Danish time), as the questionnaire pages show it.</summary>
public sealed class ThisYearsQuestionnaire(DbsDbContext db, QuestionnaireService questionnaires, TimeProvider clock)
{
    /// <summary>
    /// The questionnaire with its template, answers, attachments and clarifications, or null when there is none. Read
    /// as it is now, not tracked: changes go through <see cref="QuestionnaireService"/>.
    /// </summary>
    public async Task<QuestionnaireEntity?> LoadAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (await IdAsync(actor, cancellationToken) is not { } id)
        {
            return null;
        }

        var loaded = await questionnaires.GetAsync(actor, id, cancellationToken);
        return loaded.IsSuccess ? loaded.Value : null;
    }

    /// <summary>The questionnaire's id alone, or null when there is none: all a change through the service needs.</summary>
    public Task<int?> IdAsync(Actor actor, CancellationToken cancellationToken)
    {
        var year = DanishTime.DateOf(clock.GetUtcNow()).Year;
        return new AccessScope(db, actor).Questionnaires.Where(q => q.Year == year).Select(q => (int?)q.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
