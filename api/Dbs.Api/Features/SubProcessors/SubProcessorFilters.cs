using Dbs.Api.GraphQL.Filtering;
using Dbs.Domain.SubProcessors;

namespace Dbs.Api.Features.SubProcessors;

/// <summary>What <c>SubProcessorFilterInput</c> and <c>SubProcessorSortInput</c> offer.</summary>
internal static class SubProcessorFilters
{
    public static readonly ListDescriptor<SubProcessor> Descriptor = new ListDescriptor<SubProcessor>("SubProcessor", s => s.Id)
        .String("name", s => s.Name, "The company's name.")
        .String("cvr", s => s.Cvr, "The Danish CVR number, if Danish.")
        .String("foreignRegistrationId", s => s.ForeignRegistrationId, "The foreign registration id, if not Danish.")
        .String("countryCode", s => s.CountryCode, "Where it processes: ISO 3166-1 alpha-2, e.g. DK or US.")
        .String("serviceDescription", s => s.ServiceDescription, "The service it delivers.")
        .Enum("transferBasis", s => s.TransferBasis, "The legal basis for transfers to its country (overførselsgrundlag).")
        .List("engagements", scope => s => scope.Engagements.Where(e => e.SubProcessorId == s.Id), () => EngagementFilters.Descriptor,
            "The suppliers' engagements of it that the caller may see.");
}
