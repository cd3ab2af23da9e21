using Dbs.Api.GraphQL;
using Dbs.Domain.Questionnaires;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Questionnaires;

/// <summary>The clarifications of a batch of questionnaires in one query (with their questions' keys), as the caller may see them.</summary>
public sealed class ClarificationsByQuestionnaireIdDataLoader(BatchScheduler scheduler, RequestData data)
    : GroupDataLoader<int, Clarification>(scheduler)
{
    protected override Task<ILookup<int, Clarification>> LoadGroupedBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync(async (scope, ct) =>
            (await scope.Clarifications.AsNoTracking().Include(x => x.Question)
                .Where(x => keys.Contains(x.QuestionnaireId)).OrderBy(x => x.Id).ToListAsync(ct))
                .ToLookup(x => x.QuestionnaireId), cancellationToken);
}
