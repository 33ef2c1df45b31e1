using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.Requests;

/// <summary>
/// What a grant gives: the RIS category, the monthly amount and the period (open-ended when <see cref="Until"/> is
/// null). The Council may grant other terms than the proposal's.
/// </summary>
public sealed record DecisionTerms
{
    public DecisionTerms(RisCategory category, decimal monthlyAmount, DateOnly from, DateOnly? until = null)
    {
        Category = Guard.Defined(category, nameof(Category), "RIS category");
        if (monthlyAmount < 0)
        {
            throw new DomainValidationException(nameof(MonthlyAmount), RuleCodes.NegativeAmount, $"The monthly amount {monthlyAmount} cannot be negative.", monthlyAmount);
        }

        if (until is { } end && end < from)
        {
            throw new DomainValidationException(nameof(Until), RuleCodes.EndBeforeStart, $"The end {LegalDate.Format(end)} is before the start {LegalDate.Format(from)}.", end, from);
        }

        MonthlyAmount = monthlyAmount;
        From = from;
        Until = until;
    }

    public RisCategory Category { get; }

    public decimal MonthlyAmount { get; }

    public DateOnly From { get; }

    public DateOnly? Until { get; }
}
