namespace PrimaWeb.Workflows.Web.Features.Calculations;

/// <summary>The CPAS's choices where the law is open; each left out keeps the reference data's default.</summary>
internal sealed record RisCpasChoicesDto(
    string? ProRata,
    string? GeneralExemptionCumulation,
    string? MaintenanceDebtorCounting);
