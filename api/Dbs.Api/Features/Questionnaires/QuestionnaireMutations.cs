using Dbs.Api.Features.Errors;
using Dbs.Api.GraphQL;
using Dbs.Domain.Common;
using Dbs.Domain.Questionnaires;
using Microsoft.EntityFrameworkCore;
using DomainAnswerInput = Dbs.Domain.Questionnaires.AnswerInput;
using DomainClarificationInput = Dbs.Domain.Questionnaires.ClarificationInput;

namespace Dbs.Api.Features.Questionnaires;

/// <summary>The questionnaire round as mutations: thin calls of <see cref="QuestionnaireService"/>, the portal's too.</summary>
public sealed class QuestionnaireMutations
{
    public async Task<Payload> SaveAnswersAsync(SaveAnswersInput input, RequestData data, QuestionnaireService questionnaires,
        CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        if (GlobalIdInput.KeyOf("Questionnaire", input.QuestionnaireId) is not { } id)
        {
            return Payload.Failure(MutationErrors.UnknownId("Questionnaire", input.QuestionnaireId));
        }

        var answers = input.Answers.Select(a => new DomainAnswerInput(a.QuestionKey, a.Value, a.Explanation, a.ExpectedVersion)).ToList();
        var saved = await data.ChangeAsync((actor, ct) => questionnaires.SaveAnswersAsync(actor, id, answers, ct), cancellationToken);
        if (saved.IsFailure)
        {
            return Payload.Failure(MutationErrors.From(saved.Error, field => ["input", "answers", field]));
        }

        var questionnaire = await data.ReadAsync((scope, ct) =>
            scope.Questionnaires.AsNoTracking().FirstOrDefaultAsync(q => q.Id == id, ct), cancellationToken);
        return Payload.Success(new SavedAnswers(questionnaire, saved.Value));
    }

    public Task<Payload> SubmitQuestionnaireAsync(QuestionnaireStepInput input, RequestData data, QuestionnaireService questionnaires,
        CancellationToken cancellationToken) =>
        Step(input.QuestionnaireId, data, (actor, id, ct) => questionnaires.SubmitAsync(actor, id, input.ExpectedVersion, ct),
            field => [field], cancellationToken);

    public Task<Payload> ReturnQuestionnaireForClarificationAsync(ReturnQuestionnaireForClarificationInput input, RequestData data,
        QuestionnaireService questionnaires, CancellationToken cancellationToken)
    {
        var comments = input.Comments.Select(c => new DomainClarificationInput(c.QuestionKey, c.Comment)).ToList();
        return Step(input.QuestionnaireId, data, (actor, id, ct) =>
                questionnaires.ReturnForClarificationAsync(actor, id, comments, input.ExpectedVersion, ct),
            field => field == "comments" ? MutationErrors.InputPath(field) : ["input", "comments", field], cancellationToken);
    }

    public Task<Payload> AcceptQuestionnaireAsync(QuestionnaireStepInput input, RequestData data, QuestionnaireService questionnaires,
        CancellationToken cancellationToken) =>
        Step(input.QuestionnaireId, data, (actor, id, ct) => questionnaires.AcceptAsync(actor, id, input.ExpectedVersion, ct),
            MutationErrors.InputPath, cancellationToken);

    private static async Task<Payload> Step(string questionnaireId, RequestData data,
        Func<Actor, int, CancellationToken, Task<Result<Questionnaire>>> step, Func<string, IReadOnlyList<string>> path,
        CancellationToken cancellationToken)
    {
        Authorization.RequireSignedIn(data);
        if (GlobalIdInput.KeyOf("Questionnaire", questionnaireId) is not { } id)
        {
            return Payload.Failure(MutationErrors.UnknownId("Questionnaire", questionnaireId));
        }

        return Payload.Of(await data.ChangeAsync((actor, ct) => step(actor, id, ct), cancellationToken), path);
    }
}
