using Dbs.Api.GraphQL;
using Dbs.Domain.Questionnaires;
using Dbs.GraphQL.Execution;

namespace Dbs.Api.Features.Questionnaires;

/// <summary>Questionnaires by id, one batch per level, as the caller may see them.</summary>
public sealed class QuestionnaireByIdDataLoader(BatchScheduler scheduler, RequestData data)
    : ScopedByIdDataLoader<Questionnaire>(scheduler, data, scope => scope.Questionnaires);
