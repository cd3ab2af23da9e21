using Dbs.Api.GraphQL;
using Dbs.Domain.Questionnaires;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Questionnaires;

/// <summary>The answers of a batch of questionnaires in one query (with their questions' keys), as the caller may see them.</summary>
public sealed class AnswersByQuestionnaireIdDataLoader(BatchScheduler scheduler, RequestData data)
    : GroupDataLoader<int, Answer>(scheduler)
{
    protected override Task<ILookup<int, Answer>> LoadGroupedBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync(async (scope, ct) =>
            (await scope.Answers.AsNoTracking().Include(x => x.Question)
                .Where(x => keys.Contains(x.QuestionnaireId)).OrderBy(x => x.Id).ToListAsync(ct))
                .ToLookup(x => x.QuestionnaireId), cancellationToken);
}
