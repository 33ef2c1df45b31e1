using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.Common;

/// <summary>The inputs of a step that opens a task recording a decision of the Council: as <see cref="TaskStepInput"/>, for the managers by default.</summary>
public sealed record CouncilTaskInput(
    [ActivityInput(HelpKey = TaskStepInput.TitleHelpKey)]
    string? Title = null,
    [ActivityInput(ActivityInputType.Role, Journaled = true, HelpKey = "Activity.CouncilTask.Input.candidateRole.Help")]
    string CandidateRole = Roles.Manager,
    [ActivityInput(HelpKey = TaskStepInput.AssigneeHelpKey)]
    string? Assignee = null,
    [ActivityInput(Journaled = true, HelpKey = TaskStepInput.DueInHelpKey)]
    IsoDuration? DueIn = null) : ITaskStepInput;
