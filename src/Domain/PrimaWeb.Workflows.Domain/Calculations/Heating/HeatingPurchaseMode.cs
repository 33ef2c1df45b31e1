namespace PrimaWeb.Workflows.Domain.Calculations.Heating;

/// <summary>Bulk delivery (allowance per litre) or purchase at the pump (flat allowance); mutually exclusive in a heating period.</summary>
public enum HeatingPurchaseMode
{
    Bulk,
    Pump,
}
