using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>
/// A step of a workflow. Implementations are C# classes carrying <see cref="ActivityAttribute"/>, resolved from the
/// burst's DI scope (so they may take scoped services such as the application's DbContext).
/// </summary>
public interface IActivity
{
    /// <summary>Runs the step: complete with an outcome, or suspend on a bookmark.</summary>
    ValueTask<ActivityResult> ExecuteAsync(ActivityContext context);

    /// <summary>
    /// Called when the bookmark this activity created is resumed, with the resume payload (task result, signal data).
    /// By default the activity completes with <see cref="Outcomes.Done"/>.
    /// </summary>
    ValueTask<ActivityResult> ResumeAsync(ActivityContext context, JsonNode? payload) =>
        ValueTask.FromResult(ActivityResult.Complete());
}
