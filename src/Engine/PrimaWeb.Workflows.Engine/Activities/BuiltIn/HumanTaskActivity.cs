using System.Text.Json;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Engine.Activities.BuiltIn;

/// <summary>Opens a task in the inbox and waits until someone completes it; the form's answers go to a variable.</summary>
[Activity(BuiltInActivityTypes.HumanTask, 1, Category = "Tasks", DisplayName = "Human task", Blocking = true,
    Description = "Puts a task in an inbox and waits for its completion.",
    DescriptionFr = "Place une tâche dans une boîte de travail et attend qu'elle soit terminée.",
    DescriptionNl = "Plaatst een taak in een werkbak en wacht tot ze afgewerkt is.")]
[ActivityInput("taskType", ActivityInputType.Text, Required = true, Journaled = true, Help = "Type of task (for filters).", HelpFr = "Type de tâche.", HelpNl = "Taaktype.")]
[ActivityInput("title", ActivityInputType.Text, Required = true, Help = "Title shown in the inbox.", HelpFr = "Titre affiché.", HelpNl = "Getoonde titel.")]
[ActivityInput("candidateRole", ActivityInputType.Text, Journaled = true, Help = "Role that may take the task.", HelpFr = "Rôle pouvant prendre la tâche.", HelpNl = "Rol die de taak mag nemen.")]
[ActivityInput("candidateTeam", ActivityInputType.Text, Journaled = true, Help = "Team that may take the task.", HelpFr = "Équipe pouvant prendre la tâche.", HelpNl = "Team dat de taak mag nemen.")]
[ActivityInput("assignee", ActivityInputType.Text, Help = "User the task is assigned to from the start.", HelpFr = "Utilisateur assigné d'emblée.", HelpNl = "Gebruiker aan wie de taak meteen toegewezen is.")]
[ActivityInput("dueIn", ActivityInputType.Duration, Journaled = true, Help = "Due date as a duration from now, e.g. P30D.", HelpFr = "Échéance comme durée, p. ex. P30D.", HelpNl = "Vervaldag als termijn, bv. P30D.")]
[ActivityInput("dueAt", ActivityInputType.Instant, Help = "Due date as an instant.", HelpFr = "Échéance comme instant.", HelpNl = "Vervaldag als tijdstip.")]
[ActivityInput("priority", ActivityInputType.WholeNumber, DefaultJson = "0", Help = "Higher comes first.", HelpFr = "Plus élevé passe d'abord.", HelpNl = "Hoger komt eerst.")]
[ActivityInput("caseId", ActivityInputType.Text, Help = "Case the task belongs to.", HelpFr = "Dossier concerné.", HelpNl = "Betrokken dossier.")]
[ActivityInput("requestId", ActivityInputType.Text, Help = "Request the task belongs to.", HelpFr = "Demande concernée.", HelpNl = "Betrokken aanvraag.")]
[ActivityInput("form", ActivityInputType.Json, Help = "Form fields: [{ \"name\", \"type\": Text|Number|Flag|Date|Choice, \"required\", \"choices\", \"min\", \"max\", \"maxLength\" }].",
    HelpFr = "Champs du formulaire.", HelpNl = "Formuliervelden.")]
[ActivityInput("resultVariable", ActivityInputType.Text, Help = "Variable receiving the submitted form.", HelpFr = "Variable recevant le formulaire soumis.", HelpNl = "Variabele die het ingediende formulier krijgt.")]
public sealed class HumanTaskActivity : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var dueAt = context.GetInput<DateTimeOffset?>("dueAt");
        if (dueAt is null && IsoDuration.TryParse(context.GetInput<string>("dueIn"), out var dueIn))
        {
            dueAt = dueIn.AddTo(context.Clock.GetUtcNow());
        }

        var form = context.GetInput("form") is JsonArray fields
            ? fields.Deserialize<List<FormField>>(TaskJson.Options) ?? []
            : [];

        var request = new HumanTaskRequest(
            context.GetInput<string>("taskType")!,
            context.GetInput<string>("title")!,
            context.GetInput<string>("candidateRole"),
            context.GetInput<string>("candidateTeam"),
            context.GetInput<string>("assignee"),
            dueAt,
            context.GetInput<int?>("priority") ?? 0,
            context.GetInput<string>("caseId"),
            context.GetInput<string>("requestId"),
            form);
        return ValueTask.FromResult(ActivityResult.Suspend(BookmarkRequest.ForTask(request)));
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, JsonNode? payload)
    {
        if (context.GetInput<string>("resultVariable") is { Length: > 0 } variable)
        {
            context.SetVariable(variable, payload);
        }

        return ValueTask.FromResult(ActivityResult.Complete());
    }
}
