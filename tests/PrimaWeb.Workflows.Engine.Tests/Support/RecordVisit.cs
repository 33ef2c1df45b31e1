using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Tests.Support;

/// <summary>Records that it ran, with its label.</summary>
[Activity("Test.RecordVisit", 1, Category = "Test")]
public sealed class RecordVisit(TestProbe probe) : IActivity<RecordVisit.Input>
{
    public ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context)
    {
        probe.Visits.Enqueue(input.Label);
        return ValueTask.FromResult(ActivityResult.Complete());
    }

    public sealed record Input([ActivityInput(Journaled = true)] string Label, string? Secret = null);
}
