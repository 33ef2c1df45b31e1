namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>A decision that could not be recalculated (its inputs are invalid or no reference data covers it).</summary>
public sealed record RisDecisionReviewFailure(string DecisionId, IReadOnlyList<CalculationInputError> Errors);
