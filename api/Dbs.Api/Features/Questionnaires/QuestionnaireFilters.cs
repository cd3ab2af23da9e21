using Dbs.Api.Features.Suppliers;
using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.Questionnaires;

namespace Dbs.Api.Features.Questionnaires;

/// <summary>
/// What <c>QuestionnaireFilterInput</c> and <c>QuestionnaireSortInput</c> offer. Not the answers: a filter on their
/// values would be a way to read them, and they are read through the questionnaire itself.
/// </summary>
internal static class QuestionnaireFilters
{
    public static readonly ListDescriptor<Questionnaire> Descriptor = new ListDescriptor<Questionnaire>("Questionnaire", q => q.Id)
        .Comparable("year", q => q.Year, "The year it covers.")
        .Enum("status", q => q.Status, "Where it is in its life.")
        .Comparable("deadline", q => q.Deadline, "When the supplier is asked to have submitted.")
        .Comparable("startedAt", q => q.StartedAt, "When the supplier started answering.")
        .Comparable("submittedAt", q => q.SubmittedAt, "When it was submitted.")
        .Comparable("acceptedAt", q => q.AcceptedAt, "When DBS accepted it.")
        .Comparable("returnRound", q => q.ReturnRound, "How many times DBS has returned it for clarification.")
        .Relation("supplier", scope => q => scope.Suppliers.Where(s => s.Id == q.SupplierId), () => SupplierFilters.Descriptor,
            "The supplier answering it.");
}
