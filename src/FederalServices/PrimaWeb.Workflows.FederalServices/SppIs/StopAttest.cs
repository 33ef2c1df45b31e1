using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.FederalServices.SppIs;

/// <summary>OCMWCPASStopAttest: the end of a DIS grant (form C withdrawal) or its suspension over a period.</summary>
public sealed record StopAttestRequest(
    string FileNumber,
    StopKind Kind,
    Niss SSIN,
    Niss? PartnerSSIN,
    DateOnly EffectiveDate,
    DateOnly? EndDate,
    DateOnly DecisionDate,
    string Reason);

public enum StopKind
{
    WITHDRAWAL,
    SUSPENSION,
}
