namespace Dbs.Domain.SubProcessors;

/// <summary>A sub-processor to register: Danish ones by CVR, foreign ones by a registration id.</summary>
public sealed record SubProcessorInput(string Name, string? Cvr, string? ForeignRegistrationId, string CountryCode,
    string ServiceDescription, TransferBasis TransferBasis);
