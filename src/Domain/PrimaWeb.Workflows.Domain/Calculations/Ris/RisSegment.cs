namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>
/// A stretch of the period during which the same legal figures apply, with its full breakdown (yearly amounts, as the
/// law computes them) and the resulting monthly RIS.
/// </summary>
public sealed record RisSegment(
    DateOnly From,
    DateOnly To,
    decimal YearlyCategoryAmount,
    decimal CountedResources,
    decimal GeneralExemption,
    decimal YearlyAmount,
    decimal MonthlyAmount,
    IReadOnlyList<CalculationLine> Lines);
