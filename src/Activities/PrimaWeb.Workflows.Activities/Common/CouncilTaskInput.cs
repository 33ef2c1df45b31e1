using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.Common;

/// <summary>The inputs of a step that opens a task recording a decision of the Council: as <see cref="TaskStepInput"/>, for the managers by default.</summary>
public sealed record CouncilTaskInput(
    [ActivityInput(HelpKey = TaskStepInput.TitleHelpKey, Help = TaskInputs.TitleHelp, HelpFr = TaskInputs.TitleHelpFr, HelpNl = TaskInputs.TitleHelpNl)]
    string? Title = null,
    [ActivityInput(ActivityInputType.Role, Journaled = true, HelpKey = "Activity.CouncilTask.Input.candidateRole.Help",
        Help = "Role that records the decision (manager or secretary).", HelpFr = "Rôle qui enregistre la décision (responsable ou secrétaire).",
        HelpNl = "Rol die de beslissing registreert (verantwoordelijke of secretaris).")]
    string CandidateRole = TaskOpening.ManagerRole,
    [ActivityInput(HelpKey = TaskStepInput.AssigneeHelpKey, Help = TaskInputs.AssigneeHelp, HelpFr = TaskInputs.AssigneeHelpFr, HelpNl = TaskInputs.AssigneeHelpNl)]
    string? Assignee = null,
    [ActivityInput(Journaled = true, HelpKey = TaskStepInput.DueInHelpKey, Help = TaskInputs.DueHelp, HelpFr = TaskInputs.DueHelpFr, HelpNl = TaskInputs.DueHelpNl)]
    IsoDuration? DueIn = null) : ITaskStepInput;
