using System.Collections.Concurrent;
using Dbs.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Domain.Questionnaires;

/// <summary>
/// Published questionnaire templates, each loaded once: a published template never changes (and its id is never
/// reused), so every questionnaire read can share one instance instead of loading the sections, questions and options
/// again. The shared instances are read-only: never change them or attach them to a context. One cache per database.
/// </summary>
public sealed class QuestionnaireTemplateCache
{
    private readonly ConcurrentDictionary<int, QuestionnaireTemplate> _published = new();

    /// <summary>The published template with its sections, questions and options; null if there is none with the id.</summary>
    public async Task<QuestionnaireTemplate?> PublishedAsync(DbsDbContext db, int templateId, CancellationToken cancellationToken)
    {
        if (_published.TryGetValue(templateId, out var cached))
        {
            return cached;
        }

        var template = await db.QuestionnaireTemplates.AsNoTracking()
            .Include(t => t.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery()
            .FirstOrDefaultAsync(t => t.Id == templateId && t.PublishedAt != null, cancellationToken);
        return template is null ? null : _published.GetOrAdd(templateId, template);
    }
}
