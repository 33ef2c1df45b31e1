using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Engine.Activities.BuiltIn;

/// <summary>Opens a task in the inbox and waits until someone completes it; the form's answers go to a variable.</summary>
[Activity(BuiltInActivityTypes.HumanTask, 1, Category = "Tasks", DisplayName = "Human task", Blocking = true,
    Description = "Puts a task in an inbox and waits for its completion.",
    DescriptionFr = "Place une tâche dans une boîte de travail et attend qu'elle soit terminée.",
    DescriptionNl = "Plaatst een taak in een werkbak en wacht tot ze afgewerkt is.")]
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
        [ActivityInput(Journaled = true, Help = "Type of task (for filters).", HelpFr = "Type de tâche.", HelpNl = "Taaktype.")]
        string TaskType,
        [ActivityInput(Help = "Title shown in the inbox.", HelpFr = "Titre affiché.", HelpNl = "Getoonde titel.")]
        string Title,
        [ActivityInput(ActivityInputType.Role, Journaled = true,
            Help = "Role that may take the task.", HelpFr = "Rôle pouvant prendre la tâche.", HelpNl = "Rol die de taak mag nemen.")]
        string? CandidateRole = null,
        [ActivityInput(Journaled = true,
            Help = "Team that may take the task.", HelpFr = "Équipe pouvant prendre la tâche.", HelpNl = "Team dat de taak mag nemen.")]
        string? CandidateTeam = null,
        [ActivityInput(Help = "User the task is assigned to from the start.", HelpFr = "Utilisateur assigné d'emblée.", HelpNl = "Gebruiker aan wie de taak meteen toegewezen is.")]
        string? Assignee = null,
        [ActivityInput(Journaled = true,
            Help = "Due date as a duration from now, e.g. P30D.", HelpFr = "Échéance comme durée, p. ex. P30D.", HelpNl = "Vervaldag als termijn, bv. P30D.")]
        IsoDuration? DueIn = null,
        [ActivityInput(Help = "Due date as an instant.", HelpFr = "Échéance comme instant.", HelpNl = "Vervaldag als tijdstip.")]
        DateTimeOffset? DueAt = null,
        [ActivityInput(Help = "Higher comes first.", HelpFr = "Plus élevé passe d'abord.", HelpNl = "Hoger komt eerst.")]
        int Priority = 0,
        [ActivityInput(Help = "Case the task belongs to.", HelpFr = "Dossier concerné.", HelpNl = "Betrokken dossier.")]
        string? CaseId = null,
        [ActivityInput(Help = "Request the task belongs to.", HelpFr = "Demande concernée.", HelpNl = "Betrokken aanvraag.")]
        string? RequestId = null,
        [ActivityInput(
            Help = "Form fields: [{ \"name\", \"type\": Text|Number|Flag|Date|Choice, \"required\", \"choices\", \"min\", \"max\", \"maxLength\" }].",
            HelpFr = "Champs du formulaire.", HelpNl = "Formuliervelden.")]
        IReadOnlyList<FormField>? Form = null,
        [ActivityInput(Help = "Variable receiving the submitted form.", HelpFr = "Variable recevant le formulaire soumis.", HelpNl = "Variabele die het ingediende formulier krijgt.")]
        string? ResultVariable = null);
}
