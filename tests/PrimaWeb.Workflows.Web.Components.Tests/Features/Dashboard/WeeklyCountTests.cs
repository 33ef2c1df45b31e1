using PrimaWeb.Workflows.Web.Features.Dashboard;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Dashboard;

public sealed class WeeklyCountTests
{
    private static readonly DateOnly FirstWeek = new(2026, 3, 2);

    // Received / first decided; the 30-day decision is due on reception + 30 (deadlines.md, "day N after D" = D + N).
    private static readonly ChartedRequest[] Requests =
    [
        new(new(2026, 2, 1), new(2026, 3, 4)),    // A: decided in week 1 after 31 days (due 03/03, decided before the week's end)
        new(new(2026, 3, 3), new(2026, 3, 10)),   // B: filed in week 1, decided in week 2 after 7 days
        new(new(2026, 3, 5), new(2026, 3, 14)),   // C: filed in week 1, decided in week 2 after 9 days
        new(new(2026, 2, 10), null),              // D: due 12/03, never decided: overdue from the end of week 2
        new(new(2026, 2, 20), new(2026, 3, 31)),  // E: due 22/03 (a Sunday: not yet overdue that day), decided in week 5 after 39 days
    ];

    [Fact]
    public void Of_FiveWeeks_CountsFiledDecidedTheMedianAndWhatIsOverdueAtEachWeeksEnd()
    {
        var weeks = WeeklyCount.Of(Requests, FirstWeek, new DateOnly(2026, 3, 30));

        weeks.ShouldBe(
        [
            new WeeklyFigures(new(2026, 3, 2), Filed: 2, Decided: 1, MedianDaysToDecision: 31, OverdueAtEnd: 0),
            new WeeklyFigures(new(2026, 3, 9), Filed: 0, Decided: 2, MedianDaysToDecision: 8, OverdueAtEnd: 1),
            new WeeklyFigures(new(2026, 3, 16), Filed: 0, Decided: 0, MedianDaysToDecision: null, OverdueAtEnd: 1),
            new WeeklyFigures(new(2026, 3, 23), Filed: 0, Decided: 0, MedianDaysToDecision: null, OverdueAtEnd: 2),
            new WeeklyFigures(new(2026, 3, 30), Filed: 0, Decided: 1, MedianDaysToDecision: 39, OverdueAtEnd: 1),
        ]);
    }

    [Fact]
    public void Of_NoRequest_GivesEachWeekWithZerosAndNoMedian()
    {
        var weeks = WeeklyCount.Of([], FirstWeek, new DateOnly(2026, 3, 9));

        weeks.Select(w => (w.WeekStart, w.Filed, w.Decided, w.MedianDaysToDecision, w.OverdueAtEnd))
            .ShouldBe([(FirstWeek, 0, 0, (double?)null, 0), (new DateOnly(2026, 3, 9), 0, 0, (double?)null, 0)]);
    }

    [Theory]
    [InlineData("2026-03-02", "2026-03-02")]
    [InlineData("2026-03-08", "2026-03-02")]
    [InlineData("2026-03-09", "2026-03-09")]
    [InlineData("2027-01-01", "2026-12-28")]
    public void Monday_OfAnyDay_IsTheMondayOfItsWeek(string day, string monday) =>
        WeeklyCount.Monday(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture));
}
