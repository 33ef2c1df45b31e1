using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.Common;

/// <summary>
/// The inputs of a step that opens a task for the case's social worker: its title (a default when empty), the role
/// that may take it (when empty, the case's social worker is assigned and the role is SocialWorker), an assignee and a
/// due delay.
/// </summary>
public sealed record TaskStepInput(
    [ActivityInput(HelpKey = TaskStepInput.TitleHelpKey)]
    string? Title = null,
    [ActivityInput(ActivityInputType.Role, Journaled = true, HelpKey = "Activity.TaskStep.Input.candidateRole.Help")]
    string? CandidateRole = null,
    [ActivityInput(HelpKey = TaskStepInput.AssigneeHelpKey)]
    string? Assignee = null,
    [ActivityInput(Journaled = true, HelpKey = TaskStepInput.DueInHelpKey)]
    IsoDuration? DueIn = null) : ITaskStepInput
{
    public const string TitleHelpKey = "Activity.TaskStep.Input.title.Help";
    public const string AssigneeHelpKey = "Activity.TaskStep.Input.assignee.Help";
    public const string DueInHelpKey = "Activity.TaskStep.Input.dueIn.Help";
}
