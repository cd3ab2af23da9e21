using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL;
using Dbs.Domain.Questionnaires;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Questionnaires;

/// <summary><c>Query.questionnaires</c>: a supplier its own, DBS all, a municipality none; oldest first.</summary>
public sealed class QuestionnaireQueries
{
    public Task<Connection<Questionnaire>> QuestionnairesAsync(int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<object?>? order, RequestData data, CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        return Paging.PageAsync(data, scope => scope.Questionnaires.AsNoTracking(),
            QuestionnaireFilters.Descriptor.Query(where, order),
            new PageArguments(first, after, last, before), cancellationToken);
    }
}
