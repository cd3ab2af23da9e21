using Dbs.Api.GraphQL;
using Dbs.Domain.Questionnaires;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Questionnaires;

/// <summary>
/// Templates by id with their sections, questions and options, as the caller may see them: one query per level for the
/// whole batch (split), whatever the number of templates.
/// </summary>
public sealed class QuestionnaireTemplateByIdDataLoader(BatchScheduler scheduler, RequestData data)
    : DataLoader<int, QuestionnaireTemplate>(scheduler)
{
    protected override Task<IReadOnlyDictionary<int, QuestionnaireTemplate>> LoadBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync<IReadOnlyDictionary<int, QuestionnaireTemplate>>(async (scope, ct) =>
            await scope.QuestionnaireTemplates.AsNoTracking()
                .Include(t => t.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
                .AsSplitQuery()
                .Where(t => keys.Contains(t.Id))
                .ToDictionaryAsync(t => t.Id, ct),
            cancellationToken);
}
