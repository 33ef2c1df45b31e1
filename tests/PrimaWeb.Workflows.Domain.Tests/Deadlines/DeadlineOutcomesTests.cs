using PrimaWeb.Workflows.Domain.Deadlines;

namespace PrimaWeb.Workflows.Domain.Tests.Deadlines;

/// <summary>
/// a036-mutations-recovery.md A-2: a withdrawal decided on 10/06/2025 makes the A036 due on 17/06/2025 (7 days); the
/// state the dashboard shows on each day, done or not.
/// </summary>
public sealed class DeadlineStatesTests
{
    private static readonly DateOnly DueOn = LegalDeadlines.A036Due(new DateOnly(2025, 6, 10));

    [Theory]
    [InlineData(null, "2025-06-17", DeadlineOutcome.Pending)]
    [InlineData(null, "2025-06-18", DeadlineOutcome.Overdue)]
    [InlineData("2025-06-17", "2025-06-30", DeadlineOutcome.Met)]
    [InlineData("2025-06-12", "2025-06-12", DeadlineOutcome.Met)]
    [InlineData("2025-06-18", "2025-06-18", DeadlineOutcome.Late)]
    public void Of_TheA036OfAWithdrawal_IsMetOnTheSeventhDayAndOverdueFromTheEighth(string? doneOn, string today, DeadlineOutcome expected)
    {
        DueOn.ShouldBe(new DateOnly(2025, 6, 17));
        DeadlineOutcomes.Of(DueOn, doneOn is null ? null : DateOnly.Parse(doneOn, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
    }
}
