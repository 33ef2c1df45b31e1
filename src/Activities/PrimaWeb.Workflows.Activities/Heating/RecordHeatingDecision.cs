using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Heating;

/// <summary>
/// The decision on the allowance, by the definition's role (the Council's manager) unless the CPAS delegated it
/// (<see cref="IDecisionDelegation"/>: to the case's social worker): granted at the calculated amount, or refused. A
/// grant the calculation refuses is refused on the spot; a refusal without motivation takes the calculation's reasons,
/// in the person's language.
/// </summary>
[Activity("Heating.RecordDecision", 1, Category = "Heating", DisplayName = "Heating allowance decision", Blocking = true)]
[ActivityOutcome(Granted)]
[ActivityOutcome(Refused)]
public sealed class RecordHeatingDecision(ICaseFileStore store, IDecisionDelegation delegation) : IActivity<TaskStepInput>
{
    public const string Granted = "Granted";
    public const string Refused = "Refused";
    public const string TaskType = "heating-decision";

    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndReading(HeatingVariables.DeliveredOn)
        .AndWriting(HeatingDecisions.Written);

    public static IReadOnlyList<FormField> Form { get; } =
    [
        new("decision", FormFieldType.Choice, Required: true, Choices: [Granted, Refused]),
        new("decidedOn", FormFieldType.Date, Required: true, NotAfterToday: true),
        new("motivation", FormFieldType.Text, MaxLength: 4000),
    ];

    public async ValueTask<ActivityResult> ExecuteAsync(TaskStepInput input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        if (request.CanFire(Domain.Requests.RequestTrigger.SubmitToCouncil))
        {
            request.SubmitToCouncil();
        }

        // A CPAS that delegated the decision to its social workers gets the task assigned to the case's social worker.
        var delegated = delegation.RoleFor(variables.Tenant, variables.Type);
        var opened = delegated is null ? input : input with { CandidateRole = delegated == Roles.SocialWorker ? null : delegated, Assignee = null };
        return ActivityResult.Suspend(TaskOpening.Open(context, opened, TaskType, "Heating allowance decision", Form, defaultRole: delegated is null ? Roles.Manager : null));
    }

    public async ValueTask<ActivityResult> ResumeAsync(TaskStepInput input, ActivityContext context, JsonNode? payload)
    {
        var variables = RequestVariables.Of(context);
        var cancellationToken = context.CancellationToken;
        var calculation = await AidDetails.LatestDetailsAsync<HeatingCalculation>(store, variables.Tenant, variables.Request, HeatingRecords.Calculation, cancellationToken)
            ?? throw new InvalidOperationException($"Request {variables.Request} has no heating calculation.");
        var grant = TaskOpening.Text(payload, "decision") == Granted;
        var motivation = TaskOpening.Text(payload, "motivation");
        if (grant && !calculation.Eligible)
        {
            throw new ActivityRefusalException("decision", RuleCodes.Refused, "The calculation refuses the allowance: it cannot be granted.", string.Join(", ", calculation.Refusals));
        }

        if (!grant && string.IsNullOrWhiteSpace(motivation))
        {
            if (calculation.Refusals.Count == 0)
            {
                throw new ActivityRefusalException("motivation", RuleCodes.ReasonRequired, "A refusal the calculation does not make states its motivation.");
            }

            var person = await store.PersonAsync(variables.Tenant, variables.MainPerson, cancellationToken);
            motivation = HeatingWording.Motivation(calculation.Refusals, person.Language);
        }

        var request = await store.RequestAsync(variables.Tenant, variables.Request, cancellationToken);
        var today = LegalClock.Today(context.Clock);
        var deliveredOn = context.Get(HeatingVariables.DeliveredOn) ?? variables.Received;
        var decision = HeatingDecisions.Decide(request, grant, TaskOpening.Date(payload, "decidedOn")!.Value, deliveredOn, today, motivation);
        HeatingDecisions.SetVariables(context, decision);
        return ActivityResult.Complete(grant ? Granted : Refused);
    }
}
