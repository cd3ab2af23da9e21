using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL;
using Dbs.Domain.Questionnaires;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Questionnaires;

/// <summary><c>Query.questionnaires</c>: a supplier its own, DBS all, a municipality none; oldest first.</summary>
public sealed class QuestionnaireQueries
{
    public Task<Connection<Questionnaire>> QuestionnairesAsync(int? first, string? after, int? last, string? before,
        RequestData data, CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        return Paging.PageAsync(data, scope => scope.Questionnaires.AsNoTracking(), q => q.Id,
            new PageArguments(first, after, last, before), cancellationToken);
    }
}
