namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>A running RIS decision: its identifier, the inputs it was computed from and the monthly amount granted.</summary>
public sealed record OpenRisDecision(string DecisionId, RisCalculationRequest Input, decimal GrantedMonthlyAmount);
