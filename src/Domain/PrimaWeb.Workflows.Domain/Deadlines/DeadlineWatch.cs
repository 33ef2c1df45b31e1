using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.Deadlines;

/// <summary>
/// Tells an outstanding deadline's state on a legal day. The due day itself is still in time ("decision by 02/04": on
/// 02/04 it is due, on 03/04 it is overdue); it is due soon from <c>dueSoonDays</c> days before it.
/// </summary>
public static class DeadlineWatch
{
    /// <summary>The window a manager is warned in when nothing else is configured: three days, a working week's half.</summary>
    public const int DefaultDueSoonDays = 3;

    /// <summary>The longest window a setting may ask for: beyond a month, "due soon" would list most open files.</summary>
    public const int MaxDueSoonDays = 30;

    public static DeadlineState StateOn(DateOnly dueOn, DateOnly today, int dueSoonDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonDays);
        return today > dueOn ? DeadlineState.Overdue
            : dueOn.DayNumber - today.DayNumber <= dueSoonDays ? DeadlineState.DueSoon
            : DeadlineState.Later;
    }

    /// <summary>The last due day that is due soon on <paramref name="today"/>: every deadline on or before it is listed.</summary>
    public static DateOnly Horizon(DateOnly today, int dueSoonDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonDays);
        return today.AddDays(dueSoonDays);
    }

    /// <summary>
    /// The last decision day whose DIS form falls due on or before <paramref name="dueBy"/>. The form is due a fixed
    /// number of days after the end of the decision's month, so it is the last day of the latest month that ends early
    /// enough: a query can then select decisions by date alone.
    /// </summary>
    public static DateOnly LastDisDecisionDueBy(DateOnly dueBy)
    {
        var monthEnd = LegalDate.EndOfMonth(dueBy);
        var daysAfterMonthEnd = LegalDeadlines.DisFormDue(monthEnd).DayNumber - monthEnd.DayNumber;
        var latestMonthEnd = dueBy.AddDays(-daysAfterMonthEnd);
        return LegalDate.EndOfMonth(latestMonthEnd) == latestMonthEnd
            ? latestMonthEnd
            : LegalDate.EndOfMonth(latestMonthEnd.AddMonths(-1));
    }
}
