using PrimaWeb.Workflows.Domain.Deadlines;
using static PrimaWeb.Workflows.Domain.Tests.Samples;

namespace PrimaWeb.Workflows.Domain.Tests.Deadlines;

public class DeadlineWatchTests
{
    [Theory]
    [InlineData(29, 3, DeadlineState.Later)] // D-1: due 02/04/2025, four days ahead
    [InlineData(30, 3, DeadlineState.DueSoon)]
    [InlineData(2, 4, DeadlineState.DueSoon)] // the due day itself is still in time
    [InlineData(3, 4, DeadlineState.Overdue)]
    public void StateOn_DecisionDue2April_WithThreeDaysWarning(int day, int month, DeadlineState expected)
    {
        DeadlineWatch.StateOn(D(2, 4, 2025), D(day, month, 2025), 3).ShouldBe(expected);
    }

    [Fact]
    public void StateOn_NoWarningWindow_IsDueSoonOnlyOnTheDueDay()
    {
        DeadlineWatch.StateOn(D(18, 4, 2025), D(17, 4, 2025), 0).ShouldBe(DeadlineState.Later);
        DeadlineWatch.StateOn(D(18, 4, 2025), D(18, 4, 2025), 0).ShouldBe(DeadlineState.DueSoon);
    }

    [Theory]
    [InlineData(8, 4, 2025, 31, 3, 2025)] // D-4: a decision of 15/03 is due 08/04; every March decision is
    [InlineData(7, 4, 2025, 28, 2, 2025)] // one day earlier only February's decisions are due
    [InlineData(8, 2, 2025, 31, 1, 2025)] // D-7: a decision of 31/01 is due 08/02
    public void LastDisDecisionDueBy_IsTheEndOfTheLatestMonthWhoseFormsFallDue(int day, int month, int year, int lastDay, int lastMonth, int lastYear)
    {
        var dueBy = D(day, month, year);

        var last = DeadlineWatch.LastDisDecisionDueBy(dueBy);

        last.ShouldBe(D(lastDay, lastMonth, lastYear));
        LegalDeadlines.DisFormDue(last).ShouldBeLessThanOrEqualTo(dueBy);
        LegalDeadlines.DisFormDue(last.AddDays(1)).ShouldBeGreaterThan(dueBy);
    }
}
