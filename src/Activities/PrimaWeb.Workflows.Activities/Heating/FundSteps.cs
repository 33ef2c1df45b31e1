using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Heating;

/// <summary>
/// Asks the Fund's database for the household's BIM/OMNIO statuses on the delivery day and the allowances already paid
/// in the heating period (no double payment). Refused when a beneficiary is not integrated under code 40.
/// </summary>
[Activity("Heating.ConsultFund", 1, Category = "Heating", DisplayName = "Consult the heating Fund", Blocking = true)]
[ActivityOutcome(StepOutcome.Done)]
[ActivityOutcome(StepOutcome.Refused)]
public sealed class ConsultFund : IActivity<NoInputs>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess.Reading(RequestVariables.All).AndWriting(HeatingVariables.FundMessage);

    public ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Suspend(HeatingFund.Ask(context, HeatingFund.Consult)));

    public ValueTask<ActivityResult> ResumeAsync(NoInputs input, ActivityContext context, JsonNode? payload) =>
        ValueTask.FromResult(FundAnswer.Complete(context, payload));
}

/// <summary>
/// Asks the Fund to compute the allowance on the same invoice and category, beside the CPAS's own calculation; a
/// difference of eligibility or amount leaves by <see cref="Differs"/> so the social worker sees it before the decision.
/// </summary>
[Activity("Heating.ComputeAtFund", 1, Category = "Heating", DisplayName = "Compare with the Fund's computation", Blocking = true)]
[ActivityOutcome(Same)]
[ActivityOutcome(Differs)]
[ActivityOutcome(StepOutcome.Refused)]
public sealed class ComputeAtFund(ICaseFileStore store) : IActivity<NoInputs>
{
    public const string Same = "Same";
    public const string Differs = "Differs";

    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndWriting(HeatingVariables.FundAmount, HeatingVariables.Differs, HeatingVariables.FundMessage);

    public ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Suspend(HeatingFund.Ask(context, HeatingFund.Compute)));

    public async ValueTask<ActivityResult> ResumeAsync(NoInputs input, ActivityContext context, JsonNode? payload)
    {
        var answered = FundAnswer.Complete(context, payload);
        if (StepOutcome.OutcomeOf(payload) == StepOutcome.Refused)
        {
            return answered;
        }

        var variables = RequestVariables.Of(context);
        var calculation = await AidDetails.LatestDetailsAsync<HeatingCalculation>(store, variables.Tenant, variables.Request, HeatingRecords.Calculation, context.CancellationToken)
            ?? throw new InvalidOperationException($"Request {variables.Request} has no heating calculation.");
        var fund = calculation.Fund ?? throw new InvalidOperationException($"The Fund's computation of request {variables.Request} was not kept.");
        var differs = fund.Eligible != calculation.Eligible || (calculation.Eligible && fund.Amount != calculation.Amount);
        context.Set(HeatingVariables.FundAmount, fund.Amount);
        context.Set(HeatingVariables.Differs, differs);
        return ActivityResult.Complete(differs ? Differs : Same);
    }
}

/// <summary>Saves the granted allocation in the Fund's database; the request's "form" is then sent and accepted.</summary>
[Activity("Heating.SaveAllocation", 1, Category = "Heating", DisplayName = "Save the allocation at the Fund", Blocking = true)]
[ActivityOutcome(StepOutcome.Done)]
[ActivityOutcome(StepOutcome.Refused)]
public sealed class SaveAllocation : IActivity<NoInputs>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess.Reading(RequestVariables.All).AndWriting(HeatingVariables.FundMessage);

    public ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Suspend(HeatingFund.Ask(context, HeatingFund.Save)));

    public ValueTask<ActivityResult> ResumeAsync(NoInputs input, ActivityContext context, JsonNode? payload) =>
        ValueTask.FromResult(FundAnswer.Complete(context, payload));
}

/// <summary>The Fund's answer as a step outcome, its reason kept for the task that follows a refusal.</summary>
internal static class FundAnswer
{
    public static ActivityResult Complete(ActivityContext context, JsonNode? payload)
    {
        context.Set(HeatingVariables.FundMessage, StepOutcome.MessageOf(payload));
        return ActivityResult.Complete(StepOutcome.OutcomeOf(payload) == StepOutcome.Refused ? StepOutcome.Refused : StepOutcome.Done);
    }
}
