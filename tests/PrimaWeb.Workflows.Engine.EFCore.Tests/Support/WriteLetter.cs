using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.EFCore.Tests.Support;

/// <summary>A domain activity: adds a row through the scope's DbContext, committed by the burst.</summary>
[Activity("Test.WriteLetter", 1, Category = "Test")]
[ActivityInput("text", ActivityInputType.Text, Required = true)]
public sealed class WriteLetter : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var db = context.Services.GetRequiredService<TestWorkflowDbContext>();
        db.Letters.Add(new Letter { Id = Guid.NewGuid(), InstanceId = context.InstanceId, Text = context.GetInput<string>("text")! });
        return ValueTask.FromResult(ActivityResult.Complete());
    }
}
