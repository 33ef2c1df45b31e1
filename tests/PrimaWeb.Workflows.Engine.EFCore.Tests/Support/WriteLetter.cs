using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.EFCore.Tests.Support;

/// <summary>A domain activity: adds a row through the scope's DbContext, committed by the burst.</summary>
[Activity("Test.WriteLetter", 1, Category = "Test")]
public sealed class WriteLetter : IActivity<WriteLetter.Input>
{
    public ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context)
    {
        var db = context.Services.GetRequiredService<TestWorkflowDbContext>();
        db.Letters.Add(new Letter { Id = Guid.NewGuid(), InstanceId = context.InstanceId, Text = input.Text });
        return ValueTask.FromResult(ActivityResult.Complete());
    }

    public sealed record Input(string Text);
}
