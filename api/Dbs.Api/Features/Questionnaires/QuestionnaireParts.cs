using Dbs.Api.Features.Relay;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.Supervisions;

namespace Dbs.Api.Features.Questionnaires;

/// <summary>The computed fields of the questionnaire's parts: ids, order, and questions' keys.</summary>
public static class QuestionnaireParts
{
    /// <summary>Fields of <c>QuestionnaireTemplate</c>.</summary>
    public sealed class OfTemplate
    {
        public string Id(QuestionnaireTemplate parent) => GlobalId.Encode(nameof(QuestionnaireTemplate), parent.Id);

        public IEnumerable<QuestionnaireSection> Sections(QuestionnaireTemplate parent) => parent.Sections.OrderBy(s => s.Order);
    }

    /// <summary>Fields of <c>QuestionnaireSection</c>.</summary>
    public sealed class OfSection
    {
        public IEnumerable<Question> Questions(QuestionnaireSection parent) => parent.Questions.OrderBy(q => q.Order);
    }

    /// <summary>Fields of <c>Question</c>.</summary>
    public sealed class OfQuestion
    {
        public IEnumerable<QuestionOption> Options(Question parent) => parent.Options.OrderBy(o => o.Order);
    }

    /// <summary>Fields of <c>Answer</c>.</summary>
    public sealed class OfAnswer
    {
        public string QuestionKey(Answer parent) => parent.Question.Key;
    }

    /// <summary>Fields of <c>Attachment</c>: metadata only (its storage key and bytes are never exposed).</summary>
    public sealed class OfAttachment
    {
        public string QuestionKey(Attachment parent) => parent.Question.Key;

    }

    /// <summary>Fields of <c>Clarification</c>.</summary>
    public sealed class OfClarification
    {
        public string QuestionKey(Clarification parent) => parent.Question.Key;
    }

    /// <summary><c>Supervision.questionnaire</c>.</summary>
    public sealed class OfSupervision
    {
        public async Task<Questionnaire?> QuestionnaireAsync(Supervision parent, QuestionnaireByIdDataLoader questionnaires) =>
            parent.QuestionnaireId is { } id ? await questionnaires.LoadAsync(id) : null;
    }
}
