namespace Dbs.Domain.Supervisions;

/// <summary>
/// What DBS plans: a supervision of an IT system (<see cref="ItSystemId"/>) or, without one, of the supplier as a
/// whole; optionally resting on the supplier's questionnaire.
/// </summary>
public sealed record PlanSupervisionInput(int SupplierId, int? ItSystemId, int Year, SupervisionMethod Method,
    int? QuestionnaireId = null);
