using Dbs.Api.Features.Errors;
using Dbs.Api.Features.Relay;
using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.Questionnaires;
using Dbs.GraphQL.Types;

namespace Dbs.Api.Features.Questionnaires;

/// <summary>Questionnaires and their templates, <c>Query.questionnaires</c> and the questionnaire round's mutations.</summary>
internal static class QuestionnaireSchema
{
    public static SchemaBuilder AddQuestionnaires(this SchemaBuilder builder) =>
        builder
            .AddResolver<QuestionnaireQueries>("Query")
            .AddResolver<QuestionnaireMutations>("Mutation")
            .BindRuntimeType<Questionnaire>("Questionnaire")
            .BindRuntimeType<QuestionnaireTemplate>("QuestionnaireTemplate")
            .BindRuntimeType<QuestionnaireSection>("QuestionnaireSection")
            .BindRuntimeType<Question>("Question")
            .BindRuntimeType<QuestionOption>("QuestionOption")
            .BindRuntimeType<Answer>("Answer")
            .BindRuntimeType<SavedAnswer>("SavedAnswer")
            .BindRuntimeType<Attachment>("Attachment")
            .BindRuntimeType<Clarification>("Clarification")
            .BindRuntimeType<QuestionnaireProgress>("QuestionnaireProgress")
            .BindRuntimeType<QuestionnaireStatus>("QuestionnaireStatus")
            .BindRuntimeType<QuestionKind>("QuestionKind")
            .AddResolver<QuestionnaireType>("Questionnaire")
            .AddResolver<QuestionnaireParts.OfTemplate>("QuestionnaireTemplate")
            .AddResolver<QuestionnaireParts.OfSection>("QuestionnaireSection")
            .AddResolver<QuestionnaireParts.OfQuestion>("Question")
            .AddResolver<QuestionnaireParts.OfAnswer>("Answer")
            .AddResolver<QuestionnaireParts.OfAttachment>("Attachment")
            .AddResolver<QuestionnaireParts.OfClarification>("Clarification")
            .AddResolver<QuestionnaireParts.OfSupervision>("Supervision")
            .AddListing(QuestionnaireFilters.Descriptor)
            .AddConnection<Questionnaire>("QuestionnairesConnection")
            .BindRuntimeType<Payload>("SaveAnswersPayload")
            .AddResolver("SaveAnswersPayload", "questionnaire", context => (context.ParentAs<Payload>().Value as SavedAnswers)?.Questionnaire)
            .AddResolver("SaveAnswersPayload", "answers", context => (context.ParentAs<Payload>().Value as SavedAnswers)?.Answers)
            .AddPayload("SubmitQuestionnairePayload", "questionnaire")
            .AddPayload("ReturnQuestionnaireForClarificationPayload", "questionnaire")
            .AddPayload("AcceptQuestionnairePayload", "questionnaire");
}
