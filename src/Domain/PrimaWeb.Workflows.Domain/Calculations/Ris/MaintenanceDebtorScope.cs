namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>Which cohabiting maintenance debtors art. 34 lets the CPAS count (changed by AR 7 January 2026 from 1 March 2026).</summary>
public enum MaintenanceDebtorScope
{
    /// <summary>Only first-degree ascendants and descendants of full age.</summary>
    FirstDegree,

    /// <summary>All adult maintenance debtors living with the claimant.</summary>
    AllAdultMaintenanceDebtors,
}
