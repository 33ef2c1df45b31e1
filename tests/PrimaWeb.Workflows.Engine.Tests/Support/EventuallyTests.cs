using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Engine.Tests.Support;

/// <summary>The shared polling helper of the tests: it returns what it waited for, or fails saying what it saw.</summary>
public sealed class EventuallyTests
{
    [Fact]
    public async Task UntilAsync_ConditionHoldsOnALaterProbe_ReturnsTheValueThatMetIt()
    {
        var probes = 0;

        var seen = await Eventually.UntilAsync("the third probe", () => Task.FromResult(++probes), count => count >= 3);

        seen.ShouldBe(3);
        probes.ShouldBe(3);
    }

    [Fact]
    public async Task UntilAsync_ConditionNeverHolds_FailsNamingWhatItWaitedForAndWhatItSawLast()
    {
        var error = await Should.ThrowAsync<TimeoutException>(() =>
            Eventually.UntilAsync("the instance to complete", () => Task.FromResult(WorkflowState.Suspended), WorkflowState.Completed, TimeSpan.Zero));

        error.Message.ShouldContain("for the instance to complete");
        error.Message.ShouldContain("Last seen: Suspended.");
    }

    [Fact]
    public async Task UntilAsync_ProbeAnswersAList_ShowsItsItemsWhenItFails()
    {
        var error = await Should.ThrowAsync<TimeoutException>(() =>
            Eventually.UntilAsync("a third visit", () => Task.FromResult<string[]>(["start", "expired"]), seen => seen.Length == 3, TimeSpan.Zero));

        error.Message.ShouldContain("Last seen: [\"start\", \"expired\"].");
    }

    private enum WorkflowState
    {
        Suspended,
        Completed,
    }
}
