using PrimaWeb.Workflows.Domain.Deadlines;

namespace PrimaWeb.Workflows.Web.Features.Dashboard;

/// <summary>A request as the charts count it: the day it was received and the day of its first decision, if any.</summary>
public readonly record struct ChartedRequest(DateOnly ReceivedOn, DateOnly? Decided);

/// <summary>
/// The weekly figures of the charts from the requests that matter to the weeks (the query reads them once):
/// per week, Monday to Sunday, the requests filed, those first decided, the median days from filing to that decision,
/// and those whose 30-day decision was overdue at the week's end.
/// </summary>
public static class WeeklyCount
{
    public static IReadOnlyList<WeeklyFigures> Of(IReadOnlyCollection<ChartedRequest> requests, DateOnly firstWeek, DateOnly lastWeek)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var weeks = new List<WeeklyFigures>();
        for (var week = firstWeek; week <= lastWeek; week = week.AddDays(7))
        {
            var weekEnd = week.AddDays(6);
            var decided = requests.Where(r => r.Decided >= week && r.Decided <= weekEnd).ToList();
            weeks.Add(new WeeklyFigures(
                week,
                requests.Count(r => r.ReceivedOn >= week && r.ReceivedOn <= weekEnd),
                decided.Count,
                Median([.. decided.Select(r => r.Decided!.Value.DayNumber - r.ReceivedOn.DayNumber)]),
                requests.Count(r => LegalDeadlines.DecisionDue(r.ReceivedOn) < weekEnd && (r.Decided is null || r.Decided > weekEnd))));
        }

        return weeks;
    }

    /// <summary>The Monday of <paramref name="day"/>'s week.</summary>
    public static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static double? Median(IReadOnlyList<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
