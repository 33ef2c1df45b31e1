using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Domain.Calculations.Loi65;

/// <summary>
/// The financial aid a Loi 65 file claims on form D1 for one calendar month (loi65.md §2: one month, at 100 %), read from
/// the request's decisions in their order: a grant pays its monthly amount over its period (a revision from its first
/// day on), a suspension stops it over its period until a resumption, a withdrawal or a refusal ending the grant stops it
/// from its day. A day is paid a calendar day's share of the month — the pro-rata ris.md §1 leaves unverified.
/// </summary>
public static class Loi65FinancialAid
{
    /// <summary>The aid of <paramref name="month"/> (its first day) rounded to the cent, and the grant in force on its last paid day.</summary>
    public static (decimal Amount, Decision? Grant) OfMonth(Request request, DateOnly month)
    {
        ArgumentNullException.ThrowIfNull(request);
        var first = new DateOnly(month.Year, month.Month, 1);
        var days = DateTime.DaysInMonth(month.Year, month.Month);
        var total = 0m;
        Decision? paidBy = null;
        for (var day = first; day.Month == first.Month; day = day.AddDays(1))
        {
            if (GrantOn(request.Decisions, day) is { Terms: { } terms } grant)
            {
                total += terms.MonthlyAmount / days;
                paidBy = grant;
            }
        }

        return (Math.Round(total, 2, MidpointRounding.AwayFromZero), paidBy);
    }

    private static Decision? GrantOn(IEnumerable<Decision> decisions, DateOnly day)
    {
        Decision? grant = null;
        var suspended = false;
        foreach (var decision in decisions)
        {
            var from = decision.EffectiveFrom ?? decision.DecidedOn;
            switch (decision.Outcome)
            {
                case DecisionOutcome.Granted when decision.Terms is { } terms && day >= terms.From:
                    grant = terms.Until is { } until && day > until ? null : decision;
                    suspended = false;
                    break;
                case DecisionOutcome.Suspended when day >= from && (decision.EffectiveUntil is not { } end || day <= end):
                    suspended = true;
                    break;
                case DecisionOutcome.Resumed when day >= from:
                    suspended = false;
                    break;
                case DecisionOutcome.Withdrawn or DecisionOutcome.Refused when grant is not null && day >= from:
                    grant = null;
                    break;
            }
        }

        return suspended ? null : grant;
    }
}
