using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Transport;

namespace PrimaWeb.Workflows.FederalServices.Access;

/// <summary>
/// OCMWCPASManageAccess (XSD ManageAccessRequest): integrate (REGISTER), disintegrate (UNREGISTER) or list (LIST)
/// a person in the reference directory. <c>Purpose</c> is the capacity code; <c>ProofOfAuthentication</c> proves the
/// CPAS met the person (at least one element).
/// </summary>
public sealed record ManageAccessRequest(
    Niss SSIN,
    ManageAccessAction Action,
    int? Purpose,
    Period? Period,
    ProofOfAuthentication? ProofOfAuthentication,
    int? Sector = null,
    QueryRegister? QueryRegister = null)
{
    /// <summary>The CPAS sector of the BCSS.</summary>
    public const int CpasSector = 17;

    /// <summary>B-15 and B-16 and the other required elements, by XSD element name.</summary>
    public IReadOnlyList<ReplyDetail> Validate()
    {
        var errors = new List<ReplyDetail>();
        if (Action != ManageAccessAction.LIST)
        {
            if (Purpose is null)
            {
                errors.Add(new ReplyDetail("Purpose", $"Purpose (capacity code) is required for {Action}."));
            }

            if (Period is null)
            {
                errors.Add(new ReplyDetail("Period", $"Period is required for {Action}."));
            }
            else if (Period.EndDate is { } end && end < Period.StartDate)
            {
                errors.Add(new ReplyDetail("Period.EndDate", "EndDate is before StartDate."));
            }
        }

        if (ProofOfAuthentication is not { } proof
            || (proof.SisCardNumber is null && proof.IdCardNumber is null && proof.PersonData is null))
        {
            errors.Add(new ReplyDetail("ProofOfAuthentication", "At least one proof element is required (SIS card, identity card or PersonData)."));
        }
        else
        {
            if (proof.SisCardNumber is { } sis && (sis.Length != 10 || !sis.All(char.IsAsciiDigit)))
            {
                errors.Add(new ReplyDetail("ProofOfAuthentication.SisCardNumber", "A SIS card number has 10 digits."));
            }

            if (proof.IdCardNumber is { } id && (id.Length != 12 || !id.All(char.IsAsciiDigit)))
            {
                errors.Add(new ReplyDetail("ProofOfAuthentication.IdCardNumber", "An identity card number has 12 digits."));
            }
        }

        return errors;
    }
}

/// <summary>XSD Action.</summary>
public enum ManageAccessAction
{
    REGISTER,
    UNREGISTER,
    LIST,
}

/// <summary>XSD QueryRegister for LIST: the KSZ directory, the sectoral CPAS directory (Smals), or both.</summary>
public enum QueryRegister
{
    PRIMARY,
    SECONDARY,
    ALL,
}

/// <summary>XSD ProofOfAuthentication: one matching element suffices.</summary>
public sealed record ProofOfAuthentication(string? SisCardNumber = null, string? IdCardNumber = null, PersonData? PersonData = null);
