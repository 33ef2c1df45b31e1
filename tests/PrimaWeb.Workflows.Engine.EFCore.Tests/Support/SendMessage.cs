using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.EFCore.Tests.Support;

/// <summary>Puts a message in the outbox, keyed by instance and activity.</summary>
[Activity("Test.SendMessage", 1, Category = "Test")]
[ActivityInput("text", ActivityInputType.Text, Required = true)]
public sealed class SendMessage : IActivity
{
    public const string MessageType = "test.message";

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.EnqueueOutbox(MessageType, new JsonObject { ["text"] = context.GetInput<string>("text") }, $"{context.InstanceId:N}/{context.ActivityId}");
        return ValueTask.FromResult(ActivityResult.Complete());
    }
}
