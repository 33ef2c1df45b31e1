using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.EFCore.Tests.Support;

/// <summary>Puts a message in the outbox, keyed by instance and activity.</summary>
[Activity("Test.SendMessage", 1, Category = "Test")]
public sealed class SendMessage : IActivity<SendMessage.Input>
{
    public const string MessageType = "test.message";

    public ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context)
    {
        context.EnqueueOutbox(MessageType, new JsonObject { ["text"] = input.Text }, $"{context.InstanceId:N}/{context.ActivityId}");
        return ValueTask.FromResult(ActivityResult.Complete());
    }

    public sealed record Input(string Text);
}
