namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>A decision whose monthly amount changes under new reference data, from <paramref name="EffectiveFrom"/>.</summary>
public sealed record RisDecisionChange(
    string DecisionId,
    DateOnly EffectiveFrom,
    decimal GrantedMonthlyAmount,
    decimal NewMonthlyAmount,
    RisCalculationResult Recalculation)
{
    public decimal Difference => NewMonthlyAmount - GrantedMonthlyAmount;
}
