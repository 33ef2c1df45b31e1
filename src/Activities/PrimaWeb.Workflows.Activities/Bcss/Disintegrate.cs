using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.Bcss;

/// <summary>
/// Ends the integrations of household members after a last day (all codes, or one code), then tells the BCSS through
/// the outbox (<see cref="MessageTypes.ManageAccess"/>, UNREGISTER) and waits for its answer.
/// </summary>
[Activity("Bcss.Disintegrate", 1, Category = "BCSS", DisplayName = "Disintegrate persons", Blocking = true,
    Description = "Ends the household's integrations in the BCSS reference directory after a last day.",
    DescriptionFr = "Met fin aux intégrations du ménage dans le répertoire des références de la BCSS après un dernier jour.",
    DescriptionNl = "Beëindigt de integraties van het gezin in het verwijzingsrepertorium van de KSZ na een laatste dag.")]
[ActivityInput("members", ActivityInputType.Text, DefaultJson = "\"household\"", Journaled = true,
    Help = "main, partner or household.", HelpFr = "main, partner ou household.", HelpNl = "main, partner of household.")]
[ActivityInput("lastDay", ActivityInputType.Date, Journaled = true,
    Help = "Last day still covered; today when empty.", HelpFr = "Dernier jour encore couvert ; aujourd'hui si vide.",
    HelpNl = "Laatste nog gedekte dag; vandaag indien leeg.")]
[ActivityInput("code", ActivityInputType.WholeNumber, Journaled = true,
    Help = "Only the integrations of this capacity code; every code when empty.",
    HelpFr = "Seulement les intégrations de ce code qualité ; tous les codes si vide.",
    HelpNl = "Enkel de integraties met deze hoedanigheidscode; alle codes indien leeg.")]
[ActivityOutcome(StepOutcome.Done)]
[ActivityOutcome(StepOutcome.Refused)]
public sealed class Disintegrate(ICaseFileStore store) : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var tenant = variables.Tenant;
        var lastDay = context.GetInput<string>("lastDay") is { Length: > 0 } text
            ? RequestVariables.ParseDate(text, "lastDay")
            : LegalClock.Today(context.Clock);
        var code = context.GetInput<int?>("code") is { } number ? CapacityCodes.FromNumber(number) : (CapacityCode?)null;

        var @case = await store.CaseAsync(tenant, variables.Case, context.CancellationToken);
        var members = HouseholdSelection.Select(@case, context.GetInput<string>("members"), lastDay);
        var persons = await store.PersonsAsync(tenant, [.. members.Select(m => m.PersonId)], context.CancellationToken);
        var items = new JsonArray();
        foreach (var person in persons)
        {
            var register = await store.IntegrationRegisterAsync(tenant, person.Niss, context.CancellationToken);
            var running = register.Integrations.Where(i => !i.IsCancelled && i.End > lastDay && (code is null || i.Code == code)).ToList();
            foreach (var integration in running)
            {
                items.Add(new JsonObject
                {
                    ["personId"] = person.Id.ToString(),
                    ["code"] = (int)integration.Code,
                    ["from"] = RequestVariables.FormatDate(integration.Start),
                    ["until"] = RequestVariables.FormatDate(lastDay),
                });
                register.Disintegrate(integration.Id, lastDay);
            }
        }

        if (items.Count == 0)
        {
            return ActivityResult.Complete(StepOutcome.Done);
        }

        return AccessRequest.Send(context, variables, "UNREGISTER", items);
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, JsonNode? payload) => AccessRequest.Answered(context, payload);
}
