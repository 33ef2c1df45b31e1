using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Bcss;

/// <summary>
/// Ends the integrations of household members after a last day (all codes, or one code), then tells the BCSS through
/// the outbox (<see cref="MessageTypes.ManageAccess"/>, UNREGISTER) and waits for its answer.
/// </summary>
[Activity("Bcss.Disintegrate", 1, Category = "BCSS", DisplayName = "Disintegrate persons", Blocking = true)]
[ActivityOutcome(StepOutcome.Done)]
[ActivityOutcome(StepOutcome.Refused)]
public sealed class Disintegrate(ICaseFileStore store) : IActivity<Disintegrate.Input>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess.Reading(RequestVariables.All).AndWriting(BcssVariables.IntegrationMessage);

    public async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var tenant = variables.Tenant;
        var lastDay = input.LastDay ?? LegalClock.Today(context.Clock);
        var code = input.Code is { } number ? CapacityCodes.FromNumber(number) : (CapacityCode?)null;

        var @case = await store.CaseAsync(tenant, variables.Case, context.CancellationToken);
        var members = HouseholdSelection.Select(@case, input.Members, lastDay);
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

    public ValueTask<ActivityResult> ResumeAsync(Input input, ActivityContext context, JsonNode? payload) => AccessRequest.Answered(context, payload);

    /// <summary>Whose integrations end, after which day, and of which code.</summary>
    public sealed record Input(
        [ActivityInput(Journaled = true)]
        HouseholdMembers Members = HouseholdMembers.Household,
        [ActivityInput(Journaled = true)]
        DateOnly? LastDay = null,
        [ActivityInput(Journaled = true)]
        int? Code = null);
}
