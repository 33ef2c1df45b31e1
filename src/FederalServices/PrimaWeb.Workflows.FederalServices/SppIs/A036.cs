using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.FederalServices.SppIs;

/// <summary>
/// OCMWCPASA036: create, modify or cancel the multifunctional attestation "receives RIS / equivalent RIS from this
/// CPAS for this period" that other institutions use for derived rights.
/// </summary>
public sealed record A036Request(A036Action Action, Niss SSIN, string? AttestationId, A036AidType AidType, Period Period, DateOnly DecisionDate);

public enum A036Action
{
    CREATE,
    MODIFY,
    CANCEL,
}

public enum A036AidType
{
    RIS,

    // The XSD value; underscores kept so the JSON carries the official spelling.
#pragma warning disable CA1707
    EQUIVALENT_RIS,
#pragma warning restore CA1707
}
