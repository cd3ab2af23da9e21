using Dbs.Domain.Common;

namespace Dbs.Domain.SubProcessors;

/// <summary>
/// A sub-processor (underdatabehandler): a company a supplier engages for part of the processing. Identified by a
/// Danish CVR or, abroad, a foreign registration id. One sub-processor may be engaged by many suppliers.
/// </summary>
public sealed class SubProcessor : VersionedEntity
{
    public SubProcessor(string name, Cvr? cvr, string? foreignRegistrationId, string countryCode, string serviceDescription,
        TransferBasis transferBasis)
    {
        Name = name;
        Cvr = cvr?.Value;
        ForeignRegistrationId = foreignRegistrationId;
        CountryCode = countryCode;
        ServiceDescription = serviceDescription;
        TransferBasis = transferBasis;
    }

    private SubProcessor()
    {
        Name = CountryCode = ServiceDescription = string.Empty;
    }

    public string Name { get; private set; }

    public string? Cvr { get; private set; }

    public string? ForeignRegistrationId { get; private set; }

    /// <summary>ISO 3166-1 alpha-2, e.g. "DK", "US".</summary>
    public string CountryCode { get; private set; }

    public string ServiceDescription { get; private set; }

    public TransferBasis TransferBasis { get; private set; }

    /// <summary>Whether the sub-processor sits outside the EU/EEA.</summary>
    public bool IsInThirdCountry => !Countries.IsInEea(CountryCode);

    /// <summary>Validates input and creates a sub-processor.</summary>
    public static Result<SubProcessor> Create(string? name, string? cvr, string? foreignRegistrationId, string? countryCode,
        string? serviceDescription, TransferBasis transferBasis)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new FieldError("name", "A sub-processor needs a name."));
        }

        Cvr? parsedCvr = null;
        if (!string.IsNullOrWhiteSpace(cvr))
        {
            var result = Common.Cvr.Create(cvr);
            if (result.IsFailure)
            {
                errors.Add(new FieldError("cvr", $"'{cvr}' is not a valid CVR number."));
            }
            else
            {
                parsedCvr = result.Value;
            }
        }

        var country = countryCode?.Trim().ToUpperInvariant();
        if (!Countries.IsWellFormed(country))
        {
            errors.Add(new FieldError("countryCode", $"'{countryCode}' is not an ISO 3166-1 alpha-2 country code."));
        }
        else if (country == "DK" && parsedCvr is null)
        {
            errors.Add(new FieldError("cvr", "A Danish sub-processor is identified by its CVR number."));
        }
        else if (country != "DK" && parsedCvr is null && string.IsNullOrWhiteSpace(foreignRegistrationId))
        {
            errors.Add(new FieldError("foreignRegistrationId", "A foreign sub-processor needs a CVR or a registration id."));
        }

        if (string.IsNullOrWhiteSpace(serviceDescription))
        {
            errors.Add(new FieldError("serviceDescription", "Describe the service the sub-processor delivers."));
        }

        if (country is not null && Countries.IsWellFormed(country))
        {
            var inEea = Countries.IsInEea(country);
            if (inEea && transferBasis != TransferBasis.WithinEea)
            {
                errors.Add(new FieldError("transferBasis", "A sub-processor in the EU/EEA needs no transfer basis: use WithinEea."));
            }
            else if (!inEea && transferBasis == TransferBasis.WithinEea)
            {
                errors.Add(new FieldError("transferBasis", $"{country} is outside the EU/EEA: state the transfer basis."));
            }
        }

        if (errors.Count > 0)
        {
            return new ValidationFailed(errors);
        }

        return new SubProcessor(name!.Trim(), parsedCvr, foreignRegistrationId?.Trim(), country!, serviceDescription!.Trim(),
            transferBasis);
    }
}
