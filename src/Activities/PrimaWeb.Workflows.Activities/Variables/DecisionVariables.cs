using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Variables;

/// <summary>The Council's latest decision (a grant, a refusal or a mutation) and the yearly review that may lead to one.</summary>
public static class DecisionVariables
{
    public static readonly WorkflowVariable<Guid?> DecisionId = new("decisionId", "The latest decision of the request.");

    public static readonly WorkflowVariable<string?> DecisionOutcome = new("decisionOutcome",
        "Granted, GrantedModified, Refused, Suspended, Withdrawn or Resumed; empty until the Council decides.");

    public static readonly WorkflowVariable<DateOnly?> DecidedOn = new("decidedOn", "The day the Council decided.");

    public static readonly WorkflowVariable<DateOnly?> GrantedFrom = new("grantedFrom", "The first day of the granted aid.");

    public static readonly WorkflowVariable<DateOnly?> GrantedUntil = new("grantedUntil", "The last day of the granted aid; none when open-ended.");

    public static readonly WorkflowVariable<decimal?> GrantedMonthlyAmount = new("grantedMonthlyAmount", "The granted monthly amount.");

    public static readonly WorkflowVariable<RisCategory?> GrantedCategory = new("grantedCategory", "The granted RIS category.");

    public static readonly WorkflowVariable<int?> GrantedCode = new("grantedCode", "The capacity code of the granted aid: 2 for the DIS, 3 for the equivalent RIS.");

    public static readonly WorkflowVariable<string?> Mutation = new("mutation", "The Council's latest mutation: Suspend, Withdraw or Resume.");

    public static readonly WorkflowVariable<DateOnly?> MutationDecidedOn = new("mutationDecidedOn", "The day the Council decided the mutation.");

    public static readonly WorkflowVariable<DateOnly?> MutationFrom = new("mutationFrom", "The day the mutation takes effect.");

    public static readonly WorkflowVariable<DateOnly?> MutationUntil = new("mutationUntil", "The planned last day of a suspension; none when open.");

    public static readonly WorkflowVariable<DateTimeOffset?> MutationUntilAt = new("mutationUntilAt", "The start of the day after a planned suspension ends, for its timer.");

    public static readonly WorkflowVariable<string?> MutationReason = new("mutationReason", "The mutation's reason.");

    public static readonly WorkflowVariable<JsonObject?> Review = new("review", "The answer to the yearly review task (outcome: continue | suspend | withdraw | revise).");

    public static readonly WorkflowVariable<JsonObject?> SuspensionProposal = new("suspensionProposal", "The answer to the task that follows a suspension (proposal: resume | withdraw).");

    public static VariableFamily Family { get; } = new("Decisions", "The Council's decisions on the request, its mutations, and the yearly review.",
        [DecisionId, DecisionOutcome, DecidedOn, GrantedFrom, GrantedUntil, GrantedMonthlyAmount, GrantedCategory, GrantedCode,
            Mutation, MutationDecidedOn, MutationFrom, MutationUntil, MutationUntilAt, MutationReason, Review, SuspensionProposal]);
}
