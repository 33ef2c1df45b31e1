using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Hangfire.Tests.Support;

/// <summary>Records that it ran.</summary>
[Activity("Test.RecordVisit", 1, Category = "Test")]
[ActivityInput("label", ActivityInputType.Text, Required = true)]
public sealed class RecordVisit(Visits visits) : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        visits.Record(context.GetInput<string>("label")!);
        return ValueTask.FromResult(ActivityResult.Complete());
    }
}
