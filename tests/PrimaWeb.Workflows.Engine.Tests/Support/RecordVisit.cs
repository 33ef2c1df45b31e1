using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Tests.Support;

/// <summary>Records that it ran, with its label.</summary>
[Activity("Test.RecordVisit", 1, Category = "Test")]
[ActivityInput("label", ActivityInputType.Text, Required = true, Journaled = true)]
[ActivityInput("secret", ActivityInputType.Text)]
public sealed class RecordVisit(TestProbe probe) : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        probe.Visits.Enqueue(context.GetInput<string>("label")!);
        return ValueTask.FromResult(ActivityResult.Complete());
    }
}
