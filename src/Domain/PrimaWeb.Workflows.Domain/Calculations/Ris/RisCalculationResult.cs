using PrimaWeb.Workflows.Domain.Calculations.Reference;

namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>
/// Result of a RIS calculation: one segment per stretch of constant legal figures (a period spanning an indexation has
/// several), the amount of each month or part of a month, the total for the period, and the reference rows used
/// (each flagged when unverified) so that the social report can cite them.
/// </summary>
public sealed record RisCalculationResult(
    RisCategory Category,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    IReadOnlyList<RisSegment> Segments,
    IReadOnlyList<RisMonthAmount> Months,
    decimal PeriodAmount,
    ProRataRule ProRataRule,
    IReadOnlyList<ReferenceCitation> References)
{
    /// <summary>Monthly amount in force at the end of the period (the amount to pay from then on).</summary>
    public decimal MonthlyAmount => Segments[^1].MonthlyAmount;

    public decimal MonthlyAmountOn(DateOnly date) =>
        Segments.FirstOrDefault(s => s.From <= date && date <= s.To)?.MonthlyAmount
        ?? throw new ArgumentOutOfRangeException(nameof(date), date, "The date is outside the calculated period.");
}
