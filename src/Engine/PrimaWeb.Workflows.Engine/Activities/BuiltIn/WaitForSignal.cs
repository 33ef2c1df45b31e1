using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Activities.BuiltIn;

/// <summary>Waits for a named signal (an answer, an event) correlated by a key, and stores its payload in a variable.</summary>
[Activity(BuiltInActivityTypes.WaitForSignal, 1, Category = "Control", DisplayName = "Wait for signal", Blocking = true,
    Description = "Waits for an external event correlated by a key.", DescriptionFr = "Attend un événement externe corrélé par une clé.",
    DescriptionNl = "Wacht op een externe gebeurtenis, gecorreleerd met een sleutel.")]
public sealed class WaitForSignal : IActivity<WaitForSignal.Input>
{
    public ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Suspend(BookmarkRequest.ForSignal(input.Signal, input.CorrelationKey)));

    public ValueTask<ActivityResult> ResumeAsync(Input input, ActivityContext context, JsonNode? payload)
    {
        if (input.ResultVariable is { Length: > 0 } variable)
        {
            context.SetVariable(variable, payload);
        }

        return ValueTask.FromResult(ActivityResult.Complete());
    }

    /// <summary>The signal awaited, its key, and the variable its payload goes to.</summary>
    public sealed record Input(
        [ActivityInput(Journaled = true, Help = "Name of the signal.", HelpFr = "Nom du signal.", HelpNl = "Naam van het signaal.")]
        string Signal,
        [ActivityInput(Journaled = true,
            Help = "Key that the signal must carry (e.g. a form id).", HelpFr = "Clé que le signal doit porter.", HelpNl = "Sleutel die het signaal moet dragen.")]
        string? CorrelationKey,
        [ActivityInput(
            Help = "Variable receiving the signal's payload.", HelpFr = "Variable recevant le contenu du signal.", HelpNl = "Variabele die de inhoud krijgt.")]
        string? ResultVariable);
}
