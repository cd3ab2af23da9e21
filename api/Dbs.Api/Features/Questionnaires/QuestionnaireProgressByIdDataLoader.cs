using Dbs.Api.GraphQL;
using Dbs.Domain.Questionnaires;
using Dbs.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace Dbs.Api.Features.Questionnaires;

/// <summary>
/// The progress of a batch of questionnaires, counted by the domain's own rules (<see cref="Questionnaire.IsAnswered"/>,
/// <see cref="Questionnaire.MissingRequired"/>) on the questionnaires loaded with template, answers and attachments: a
/// fixed number of split queries for the whole batch.
/// </summary>
public sealed class QuestionnaireProgressByIdDataLoader(BatchScheduler scheduler, RequestData data)
    : DataLoader<int, QuestionnaireProgress>(scheduler)
{
    protected override Task<IReadOnlyDictionary<int, QuestionnaireProgress>> LoadBatchAsync(IReadOnlyList<int> keys,
        CancellationToken cancellationToken) =>
        data.ReadAsync<IReadOnlyDictionary<int, QuestionnaireProgress>>(async (scope, ct) =>
        {
            var questionnaires = await scope.Questionnaires.AsNoTracking()
                .Include(q => q.Template).ThenInclude(t => t.Sections).ThenInclude(s => s.Questions)
                .Include(q => q.Answers)
                .Include(q => q.Attachments)
                .AsSplitQuery()
                .Where(q => keys.Contains(q.Id))
                .ToListAsync(ct);
            return questionnaires.ToDictionary(q => q.Id, Progress);
        }, cancellationToken);

    private static QuestionnaireProgress Progress(Questionnaire questionnaire)
    {
        var questions = questionnaire.Template.Questions.ToList();
        var missing = questionnaire.MissingRequired();
        var required = questions.Count(q => q.Required);
        return new QuestionnaireProgress(required - missing.Count, required, questions.Count(questionnaire.IsAnswered),
            questions.Count, [.. missing.Select(q => q.Key)]);
    }
}
