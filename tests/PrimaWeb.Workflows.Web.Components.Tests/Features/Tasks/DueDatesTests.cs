using PrimaWeb.Workflows.Web.Features.Tasks;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Tasks;

public sealed class DueDatesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void StateOf_DueExactlyNow_IsOverdue() => DueDates.StateOf(Now, Now).ShouldBe(DueState.Overdue);

    [Fact]
    public void StateOf_DueAtTheEndOfTheWindow_IsDueSoon() => DueDates.StateOf(Now + DueDates.DueSoonWindow, Now).ShouldBe(DueState.DueSoon);

    [Fact]
    public void StateOf_DueJustAfterTheWindow_IsLater() => DueDates.StateOf(Now + DueDates.DueSoonWindow + TimeSpan.FromMinutes(1), Now).ShouldBe(DueState.Later);

    [Fact]
    public void StateOf_NoDueDate_IsNone() => DueDates.StateOf(null, Now).ShouldBe(DueState.None);
}
