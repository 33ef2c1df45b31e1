namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>
/// Choices a CPAS (or a decision) makes where the law is open or unclear; a null keeps the default of the reference data
/// (table <c>ris.calculationRules</c> / <c>ris.cohabitantRules</c>). The breakdown records which one was used.
/// </summary>
public sealed record RisCpasChoices(
    ProRataRule? ProRata = null,
    GeneralExemptionCumulation? GeneralExemptionCumulation = null,
    MaintenanceDebtorCounting? MaintenanceDebtorCounting = null);
