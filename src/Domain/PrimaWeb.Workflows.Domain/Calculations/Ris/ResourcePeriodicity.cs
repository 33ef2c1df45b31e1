namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>Whether a resource amount is per month or per year; the calculation works on yearly amounts (DIS law art. 16).</summary>
public enum ResourcePeriodicity
{
    Monthly,
    Yearly,
}
