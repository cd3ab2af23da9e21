using Dbs.Api.GraphQL;
using Dbs.Domain.Questionnaires;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Questionnaires;

/// <summary>Questionnaires by id, one <c>WHERE Id IN (…)</c> per batch, as the caller may see them.</summary>
public sealed class QuestionnaireByIdDataLoader(BatchScheduler scheduler, RequestData data) : DataLoader<int, Questionnaire>(scheduler)
{
    protected override Task<IReadOnlyDictionary<int, Questionnaire>> LoadBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync<IReadOnlyDictionary<int, Questionnaire>>(async (scope, ct) =>
            await scope.Questionnaires.AsNoTracking().Where(q => keys.Contains(q.Id)).ToDictionaryAsync(q => q.Id, ct),
            cancellationToken);
}
