using System.Linq.Expressions;
using Dbs.Domain.Questionnaires;
using Dbs.Domain.SubProcessors;

namespace Dbs.Domain.Agreements;

/// <summary>Derived facts about agreements, as queries that translate to SQL (nothing here is stored).</summary>
public static class AgreementQueries
{
    /// <summary>
    /// Whether the agreement's supplier has engaged, or announced, a sub-processor outside the EU/EEA for one of the
    /// agreement's systems.
    /// </summary>
    public static readonly Expression<Func<Agreement, bool>> IsExposedToThirdCountries = a =>
        a.Supplier.Engagements.Any(e =>
            (e.Status == EngagementStatus.Active || e.Status == EngagementStatus.Notified)
            && !Countries.EeaList.Contains(e.SubProcessor.CountryCode)
            && e.Systems.Any(es => a.Systems.Any(s => s.ItSystemId == es.ItSystemId)));

    public static IQueryable<Agreement> ExposedToThirdCountries(this IQueryable<Agreement> agreements) =>
        agreements.Where(IsExposedToThirdCountries);

    /// <summary>Each agreement's third-country exposures, one row per engagement.</summary>
    public static IQueryable<ThirdCountryExposure> ThirdCountryExposures(this IQueryable<Agreement> agreements,
        IQueryable<SubProcessorEngagement> engagements) =>
        from a in agreements
        join e in engagements on a.SupplierId equals e.SupplierId
        where (e.Status == EngagementStatus.Active || e.Status == EngagementStatus.Notified)
              && !Countries.EeaList.Contains(e.SubProcessor.CountryCode)
              && e.Systems.Any(es => a.Systems.Any(s => s.ItSystemId == es.ItSystemId))
        select new ThirdCountryExposure
        {
            AgreementId = a.Id,
            EngagementId = e.Id,
            SubProcessorId = e.SubProcessorId,
            SubProcessorName = e.SubProcessor.Name,
            CountryCode = e.SubProcessor.CountryCode,
            TransferBasis = e.SubProcessor.TransferBasis,
            EngagementStatus = e.Status,
        };

    /// <summary>The agreements a questionnaire covers: every active agreement of its supplier, derived when asked.</summary>
    public static IQueryable<Agreement> CoveredBy(this IQueryable<Agreement> agreements, Questionnaire questionnaire) =>
        agreements.CoveredByQuestionnaireOf(questionnaire.SupplierId);

    /// <summary>The agreements a supplier's questionnaire covers: its active agreements.</summary>
    public static IQueryable<Agreement> CoveredByQuestionnaireOf(this IQueryable<Agreement> agreements, int supplierId) =>
        agreements.Where(a => a.SupplierId == supplierId && a.Status == AgreementStatus.Active);

    /// <summary>Active agreements that cover any of <paramref name="itSystemIds"/>.</summary>
    public static IQueryable<Agreement> ActiveCovering(this IQueryable<Agreement> agreements, IReadOnlyCollection<int> itSystemIds) =>
        agreements.Where(a => a.Status == AgreementStatus.Active && a.Systems.Any(s => itSystemIds.Contains(s.ItSystemId)));
}
