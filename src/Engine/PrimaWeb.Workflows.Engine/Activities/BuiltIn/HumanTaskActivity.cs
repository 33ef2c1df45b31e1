using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Engine.Activities.BuiltIn;

/// <summary>Opens a task in the inbox and waits until someone completes it; the form's answers go to a variable.</summary>
[Activity(BuiltInActivityTypes.HumanTask, 1, Category = "Tasks", DisplayName = "Human task", Blocking = true)]
public sealed class HumanTaskActivity : IActivity<HumanTaskActivity.Input>
{
    public ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context)
    {
        var request = new HumanTaskRequest(
            input.TaskType,
            input.Title,
            input.CandidateRole,
            input.CandidateTeam,
            input.Assignee,
            input.DueAt ?? input.DueIn?.AddTo(context.Clock.GetUtcNow()),
            input.Priority,
            input.CaseId,
            input.RequestId,
            input.Form ?? []);
        return ValueTask.FromResult(ActivityResult.Suspend(BookmarkRequest.ForTask(request)));
    }

    public ValueTask<ActivityResult> ResumeAsync(Input input, ActivityContext context, JsonNode? payload)
    {
        if (input.ResultVariable is { Length: > 0 } variable)
        {
            context.SetVariable(variable, payload);
        }

        return ValueTask.FromResult(ActivityResult.Complete());
    }

    /// <summary>The task as the inbox shows it, who may take it, when it is due, its form and where the answers go.</summary>
    public sealed record Input(
        [ActivityInput(Journaled = true)]
        string TaskType,
        string Title,
        [ActivityInput(ActivityInputType.Role, Journaled = true)]
        string? CandidateRole = null,
        [ActivityInput(Journaled = true)]
        string? CandidateTeam = null,
        string? Assignee = null,
        [ActivityInput(Journaled = true)]
        IsoDuration? DueIn = null,
        DateTimeOffset? DueAt = null,
        int Priority = 0,
        string? CaseId = null,
        string? RequestId = null,
        IReadOnlyList<FormField>? Form = null,
        string? ResultVariable = null);
}
