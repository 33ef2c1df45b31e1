namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>Whether counting the cohabiting maintenance debtors' resources is the CPAS's choice or mandatory (sources conflict for 2026).</summary>
public enum MaintenanceDebtorCounting
{
    /// <summary>The CPAS chooses, per person, which share (0–100 %) of the part above the category 1 amount to count.</summary>
    CpasChoice,

    /// <summary>The whole part above the category 1 amount is counted.</summary>
    Mandatory,
}
