namespace PrimaWeb.Workflows.Domain.Calculations.Heating;

/// <summary>Fuel of the invoice or receipt. Only heating gas oil, lamp petroleum type c and bulk propane are eligible.</summary>
public enum HeatingFuel
{
    HeatingGasOil,
    LampPetroleumTypeC,
    BulkPropane,
    NaturalGas,
    Electricity,
    BottledPropaneOrButane,
    Pellets,
    Wood,
    Coal,
}
