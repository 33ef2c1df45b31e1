namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>Cuts a segment into calendar months and applies the pro-rata rule to the parts of months.</summary>
internal static class RisProRata
{
    public static IEnumerable<RisMonthAmount> Months(DateOnly from, DateOnly to, decimal monthly, ProRataRule rule)
    {
        var cursor = from;
        while (cursor <= to)
        {
            var monthStart = new DateOnly(cursor.Year, cursor.Month, 1);
            var monthEnd = monthStart.AddMonths(1).AddDays(-1);
            var end = monthEnd < to ? monthEnd : to;
            var (days, daysBase) = rule == ProRataRule.ThirtyDays
                ? (ThirtyDayPosition(end) - ThirtyDayPosition(cursor.AddDays(-1), cursor.Month), 30)
                : (end.DayNumber - cursor.DayNumber + 1, monthEnd.Day);
            var whole = cursor == monthStart && end == monthEnd;
            var amount = whole ? monthly : MoneyRounding.ToCent(monthly * days / daysBase);
            var basis = whole
                ? "whole month"
                : $"{RisLegalBasis.ProRata}: {RisCalculator.Format(monthly)} × {days}/{daysBase} rounded half-up to the cent";
            yield return new RisMonthAmount(cursor, end, days, daysBase, monthly, amount, !whole, basis);
            cursor = end.AddDays(1);
        }
    }

    /// <summary>
    /// Days of the month counted up to and including <paramref name="date"/> when every month counts 30 days:
    /// the 31st adds nothing and the last day of February brings the count to 30. The day before the 1st is 0.
    /// </summary>
    private static int ThirtyDayPosition(DateOnly date, int? month = null)
    {
        if (month is { } m && date.Month != m)
        {
            return 0;
        }

        var lastDay = DateTime.DaysInMonth(date.Year, date.Month);
        return date.Day == lastDay ? 30 : Math.Min(date.Day, 30);
    }
}
