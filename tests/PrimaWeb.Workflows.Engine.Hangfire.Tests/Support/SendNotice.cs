using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Hangfire.Tests.Support;

/// <summary>Records an outbox message keyed by instance and activity.</summary>
[Activity("Test.SendNotice", 1, Category = "Test")]
public sealed class SendNotice : IActivity<NoInputs>
{
    public ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context)
    {
        context.EnqueueOutbox(CountingReceiver.Type, null, $"{context.InstanceId:N}/{context.ActivityId}");
        return ValueTask.FromResult(ActivityResult.Complete());
    }
}
