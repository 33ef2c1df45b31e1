namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>Whether the general exemption (art. 22 §2) is added to an art. 35 exemption (Unverified: reference data chooses).</summary>
public enum GeneralExemptionCumulation
{
    Cumulated,
    NotCumulated,
}
