using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Letters;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Council;

/// <summary>
/// The Council's decision on an aid outside the RIS scale (other aid, installation premium): granted — an amount and a
/// period, by default those proposed — or refused. When the conditions of the aid are not met the step offers the
/// refusal only, so nobody grants what the law excludes. The legal deadlines run from the decision as for the RIS.
/// </summary>
[Activity("Council.RecordAidDecision", 1, Category = "Council", DisplayName = "Record the Council's decision on an aid", Blocking = true)]
[ActivityOutcome(RecordDecision.Granted)]
[ActivityOutcome(RecordDecision.Refused)]
public sealed class RecordAidDecision(ICaseFileStore store, CalculationReferenceData reference) : IActivity<RecordAidDecision.Input>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndWriting(RecordDecision.Variables.Writes.Except([DecisionVariables.GrantedMonthlyAmount, DecisionVariables.GrantedCategory]))
        .AndReading(AidVariables.PremiumRefusal, AidVariables.ProposedAmount, AidVariables.ProposedFrom, AidVariables.ProposedUntil, AidVariables.AidAmount, AidVariables.AidFrom, AidVariables.AidUntil)
        .AndWriting(AidVariables.GrantedAmount);

    public const string TaskType = "aid-council-decision";

    /// <summary>The form; <paramref name="refuseOnly"/> leaves the refusal as the only decision.</summary>
    public static IReadOnlyList<FormField> Form(bool refuseOnly) =>
    [
        new("decision", FormFieldType.Choice, Required: true, Choices: refuseOnly ? [RecordDecision.Refused] : [RecordDecision.Granted, RecordDecision.Refused]),
        new("decidedOn", FormFieldType.Date, Required: true, NotAfterToday: true),
        new("amount", FormFieldType.Number, Min: 0),
        new("from", FormFieldType.Date),
        new("until", FormFieldType.Date, NotBefore: "from"),
        new("motivation", FormFieldType.Text, MaxLength: 4000),
    ];

    public async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);

        // A refusal for unmet conditions reaches the Council without a social report: the conditions are the proposal.
        if (request.CanFire(RequestTrigger.PrepareProposal))
        {
            request.PrepareProposal();
        }

        if (request.CanFire(RequestTrigger.SubmitToCouncil))
        {
            request.SubmitToCouncil();
        }

        return ActivityResult.Suspend(TaskOpening.Open(context, input, TaskType, "Council decision", Form(input.RefuseOnly), defaultRole: Roles.Manager));
    }

    public async ValueTask<ActivityResult> ResumeAsync(Input input, ActivityContext context, JsonNode? payload)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        var today = LegalClock.Today(context.Clock);
        var decidedOn = TaskOpening.Date(payload, "decidedOn")!.Value;
        var motivation = TaskOpening.Text(payload, "motivation");
        if (input.RefuseOnly || TaskOpening.Text(payload, "decision") == RecordDecision.Refused)
        {
            // The letter states why (law of 29 July 1991): unmet conditions say it in the person's language by default.
            motivation ??= context.Get(AidVariables.PremiumRefusal) is { Length: > 0 } reason ? AidWording.PremiumRefusal(reason, variables.PreferredLanguage)
                : throw new ActivityRefusalException("motivation", RuleCodes.Required, "A refusal states its motivation: the letter tells the person why.");
            RecordDecision.SetDecisionVariables(context, reference, variables, request.Refuse(decidedOn, today, motivation), RecordDecision.Refused);
            context.Set(AidVariables.GrantedAmount, null);
            return ActivityResult.Complete(RecordDecision.Refused);
        }

        var amount = TaskOpening.Number(payload, "amount") ?? context.Get(AidVariables.ProposedAmount) ?? context.Get(AidVariables.AidAmount)
            ?? throw new ActivityRefusalException("amount", RuleCodes.GrantAmountRequired, "The grant needs an amount: there is no proposal nor aid asked to take it from.");
        var from = TaskOpening.Date(payload, "from") ?? context.Get(AidVariables.ProposedFrom) ?? context.Get(AidVariables.AidFrom) ?? variables.Received;
        var until = TaskOpening.Date(payload, "until") ?? context.Get(AidVariables.ProposedUntil) ?? context.Get(AidVariables.AidUntil);
        if (until is { } end && end < from)
        {
            throw new ActivityRefusalException("until", RuleCodes.EndBeforeStart, $"The end {LegalDate.Format(end)} is before the start {LegalDate.Format(from)}.", end, from);
        }

        var grant = request.Grant(decidedOn, from, today, motivation);
        RecordDecision.SetDecisionVariables(context, reference, variables, grant, RecordDecision.Granted);
        context.Set(DecisionVariables.GrantedFrom, from);
        context.Set(DecisionVariables.GrantedUntil, until);
        context.Set(DecisionVariables.GrantedCode, (int)RecordDecision.GrantedCode(variables.Type));
        context.Set(AidVariables.GrantedAmount, amount);

        // The Decision keeps RIS terms only: the granted amount and period are the aid's own record, for the letter.
        store.Add(new AidRecord(
            variables.Tenant, variables.Case, variables.Request, context.Clock.GetUtcNow(), variables.Author, AidGranted.Kind, amount, AidDetails.Write(new AidGranted(grant.Id, from, until))));
        return ActivityResult.Complete(RecordDecision.Granted);
    }

    /// <summary>As <see cref="CouncilTaskInput"/>, and whether the conditions leave the refusal only.</summary>
    public sealed record Input(
        [ActivityInput(HelpKey = TaskStepInput.TitleHelpKey)]
        string? Title = null,
        [ActivityInput(ActivityInputType.Role, Journaled = true, HelpKey = "Activity.CouncilTask.Input.candidateRole.Help")]
        string CandidateRole = Roles.Manager,
        [ActivityInput(HelpKey = TaskStepInput.AssigneeHelpKey)]
        string? Assignee = null,
        [ActivityInput(Journaled = true, HelpKey = TaskStepInput.DueInHelpKey)]
        IsoDuration? DueIn = null,
        [ActivityInput(Journaled = true)]
        bool RefuseOnly = false) : ITaskStepInput;
}
