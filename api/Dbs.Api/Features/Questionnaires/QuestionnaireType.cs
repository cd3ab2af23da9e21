using Dbs.Api.Features.Relay;
using Dbs.Api.Features.Suppliers;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.Suppliers;

namespace Dbs.Api.Features.Questionnaires;

/// <summary>The fields of <c>Questionnaire</c> that are not its own properties, by DataLoader.</summary>
public sealed class QuestionnaireType
{
    public string Id(Questionnaire parent) => GlobalId.Encode(nameof(Questionnaire), parent.Id);

    public async Task<Supplier?> SupplierAsync(Questionnaire parent, SupplierByIdDataLoader suppliers) =>
        await suppliers.LoadAsync(parent.SupplierId);

    public async Task<QuestionnaireTemplate?> TemplateAsync(Questionnaire parent, QuestionnaireTemplateByIdDataLoader templates) =>
        await templates.LoadAsync(parent.TemplateId);

    public async Task<Answer[]> AnswersAsync(Questionnaire parent, AnswersByQuestionnaireIdDataLoader answers) =>
        await answers.LoadAsync(parent.Id);

    public async Task<Attachment[]> AttachmentsAsync(Questionnaire parent, AttachmentsByQuestionnaireIdDataLoader attachments) =>
        await attachments.LoadAsync(parent.Id);

    public async Task<Clarification[]> ClarificationsAsync(Questionnaire parent,
        ClarificationsByQuestionnaireIdDataLoader clarifications) =>
        await clarifications.LoadAsync(parent.Id);

    public async Task<QuestionnaireProgress?> ProgressAsync(Questionnaire parent, QuestionnaireProgressByIdDataLoader progress) =>
        await progress.LoadAsync(parent.Id);
}
