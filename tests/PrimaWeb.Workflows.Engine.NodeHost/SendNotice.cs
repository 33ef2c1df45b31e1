using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.NodeHost;

/// <summary>Asks for one external notice per instance through the outbox.</summary>
[Activity("Node.SendNotice", 1, Category = "Test")]
public sealed class SendNotice : IActivity<NoInputs>
{
    public ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context)
    {
        context.EnqueueOutbox(NoticeReceiver.Type, null, $"{context.InstanceId:N}/{context.ActivityId}");
        return ValueTask.FromResult(ActivityResult.Complete());
    }
}
