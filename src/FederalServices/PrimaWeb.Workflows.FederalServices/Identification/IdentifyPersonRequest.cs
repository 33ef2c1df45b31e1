using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Transport;

namespace PrimaWeb.Workflows.FederalServices.Identification;

/// <summary>
/// OCMWCPASIdentifyPerson (XSD IdentifyPersonRequest): search by <c>SSIN</c> or by <c>PhoneticCriteria</c>; with an
/// SSIN the phonetic criteria are ignored (B-19) and <c>VerificationData</c> may confirm the identity.
/// </summary>
public sealed record IdentifyPersonRequest(
    Niss? SSIN,
    PhoneticCriteria? PhoneticCriteria = null,
    VerificationData? VerificationData = null)
{
    /// <summary>The XSD rules (B-17, B-18 and the required elements), by element name.</summary>
    public IReadOnlyList<ReplyDetail> Validate()
    {
        if (SSIN is not null)
        {
            return [];
        }

        if (PhoneticCriteria is not { } criteria)
        {
            return [new ReplyDetail("SearchCriteria", "Either SSIN or PhoneticCriteria is required.")];
        }

        var errors = new List<ReplyDetail>();
        if (string.IsNullOrWhiteSpace(criteria.LastName))
        {
            errors.Add(new ReplyDetail("PhoneticCriteria.LastName", "LastName is required."));
        }

        if (!IncompleteDate.TryParse(criteria.BirthDate, out var birth))
        {
            errors.Add(new ReplyDetail("PhoneticCriteria.BirthDate", "BirthDate must be yyyy-MM-dd, yyyy-MM-00 or yyyy-00-00."));
        }
        else if (!birth.IsComplete && criteria.Tolerance is null)
        {
            errors.Add(new ReplyDetail("PhoneticCriteria.Tolerance", "Tolerance is required when the BirthDate is incomplete."));
        }

        if (criteria.Tolerance is < 0 or > 10)
        {
            errors.Add(new ReplyDetail("PhoneticCriteria.Tolerance", "Tolerance must be between 0 and 10."));
        }

        if (criteria.Maximum is < 1 or > PhoneticCriteria.MaximumResults)
        {
            errors.Add(new ReplyDetail("PhoneticCriteria.Maximum", $"Maximum must be between 1 and {PhoneticCriteria.MaximumResults}."));
        }

        return errors;
    }
}

/// <summary>XSD PhoneticCriteria: <c>LastName</c> is matched phonetically, the birth date within <c>Tolerance</c>.</summary>
public sealed record PhoneticCriteria(
    string LastName,
    string BirthDate,
    string? FirstName = null,
    string? MiddleName = null,
    Gender? Gender = null,
    int? Tolerance = null,
    int? Maximum = null)
{
    public const int MaximumResults = 80;
}

/// <summary>XSD VerificationData: success when one element matches the person exactly.</summary>
public sealed record VerificationData(string? SisCardNumber = null, string? IdCardNumber = null, PersonData? PersonData = null);
