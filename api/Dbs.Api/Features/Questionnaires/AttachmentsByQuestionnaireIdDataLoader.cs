using Dbs.Api.GraphQL;
using Dbs.Domain.Questionnaires;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Questionnaires;

/// <summary>The attachments of a batch of questionnaires in one query (with their questions' keys), as the caller may see them.</summary>
public sealed class AttachmentsByQuestionnaireIdDataLoader(BatchScheduler scheduler, RequestData data)
    : GroupDataLoader<int, Attachment>(scheduler)
{
    protected override Task<ILookup<int, Attachment>> LoadGroupedBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync(async (scope, ct) =>
            (await scope.Attachments.AsNoTracking().Include(x => x.Question)
                .Where(x => keys.Contains(x.QuestionnaireId)).OrderBy(x => x.Id).ToListAsync(ct))
                .ToLookup(x => x.QuestionnaireId), cancellationToken);
}
