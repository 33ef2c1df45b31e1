using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Hangfire.Tests.Support;

/// <summary>Records that it ran.</summary>
[Activity("Test.RecordVisit", 1, Category = "Test")]
public sealed class RecordVisit(Visits visits) : IActivity<RecordVisit.Input>
{
    public ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context)
    {
        visits.Record(input.Label);
        return ValueTask.FromResult(ActivityResult.Complete());
    }

    public sealed record Input(string Label);
}
