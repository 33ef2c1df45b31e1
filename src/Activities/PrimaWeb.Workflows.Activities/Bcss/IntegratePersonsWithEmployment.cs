using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Bcss;

/// <summary>
/// Version 3 of <c>Bcss.IntegratePersons</c> (issue 14 point 3): the codes of version 2 by role, and code 6 for every
/// member whose recorded resources include income from an art. 60 §7 job through the CPAS — besides the aid's code
/// when the aid covers them, instead of code 5 otherwise (<see cref="HouseholdIntegrationCodes.CodesFor"/>). Before the
/// resources are recorded (the integration en enquête) it integrates as version 2 does.
/// </summary>
[Activity("Bcss.IntegratePersons", 3, Category = "BCSS", DisplayName = "Integrate persons", Blocking = true)]
[ActivityOutcome(StepOutcome.Done)]
[ActivityOutcome(StepOutcome.Refused)]
public sealed class IntegratePersonsWithEmployment(ICaseFileStore store) : IActivity<IntegratePersons.Input>
{
    /// <summary>The variables the step reads and writes (those of version 1).</summary>
    public static VariableAccess Variables => IntegratePersons.Variables;

    public async ValueTask<ActivityResult> ExecuteAsync(IntegratePersons.Input input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var statement = await store.LatestAsync<ResourceStatement>(variables.Tenant, variables.Request, context.CancellationToken);
        var employed = statement?.Resources.Where(r => r.FromArticle60Employment).Select(r => r.PersonId).ToHashSet(StringComparer.OrdinalIgnoreCase)
            ?? [];
        return await IntegratePersons.IntegrateAsync(store, input, context, (member, person, code, from) =>
            HouseholdIntegrationCodes.CodesFor(code, member.Relation, person.BirthDate, from, employed.Contains(person.Id.ToString())));
    }

    public ValueTask<ActivityResult> ResumeAsync(IntegratePersons.Input input, ActivityContext context, JsonNode? payload) => AccessRequest.Answered(context, payload);
}
