using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.FederalServices.SppIs;

/// <summary>
/// OCMWCPASRegistreAttest: a DIS decision — form B (grant, revision, prolongation) or the refusal (form C refusal).
/// Main beneficiary and partner must be integrated on the effective date and the sending day.
/// </summary>
public sealed record RegistreAttestRequest(
    string FileNumber,
    DisDecision Decision,
    Niss SSIN,
    Niss? PartnerSSIN,
    int Category,
    DateOnly EffectiveDate,
    DateOnly? EndDate,
    decimal? MonthlyAmount,
    DateOnly DecisionDate,
    string? RefusalReason = null);

/// <summary>The nature of the DIS decision.</summary>
public enum DisDecision
{
    GRANT,
    REVISION,
    PROLONGATION,
    REFUSAL,
}
