using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Bcss;

/// <summary>
/// Version 2 of <c>Bcss.IntegratePersons</c> (issue 14 point 3): each member under the code of their role
/// (<see cref="HouseholdIntegrationCodes"/>) — the main person, the partner and the dependent children (minors on the
/// first day) under the given code, only the other cohabitants under code 5. Version 1 put every member but the main
/// person and the partner under code 5; its instances keep it.
/// </summary>
[Activity("Bcss.IntegratePersons", 2, Category = "BCSS", DisplayName = "Integrate persons", Blocking = true)]
[ActivityOutcome(StepOutcome.Done)]
[ActivityOutcome(StepOutcome.Refused)]
public sealed class IntegratePersonsByRole(ICaseFileStore store) : IActivity<IntegratePersons.Input>
{
    /// <summary>The variables the step reads and writes (those of version 1).</summary>
    public static VariableAccess Variables => IntegratePersons.Variables;

    public ValueTask<ActivityResult> ExecuteAsync(IntegratePersons.Input input, ActivityContext context) =>
        IntegratePersons.IntegrateAsync(store, input, context, (member, person, code, from) => [HouseholdIntegrationCodes.For(code, member.Relation, person.BirthDate, from)]);

    public ValueTask<ActivityResult> ResumeAsync(IntegratePersons.Input input, ActivityContext context, JsonNode? payload) => AccessRequest.Answered(context, payload);
}
