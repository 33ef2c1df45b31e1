using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Cases;

/// <summary>
/// A task for the social worker: the social report and the proposal on an aid outside the RIS scale — grant (an amount
/// and a period, by default those asked) or refuse. Kept as a <see cref="SocialReport"/> without RIS terms.
/// </summary>
[Activity("Cases.ReportAndProposeAid", 1, Category = "Cases", DisplayName = "Social report and proposal on an aid", Blocking = true)]
[ActivityOutcome(ReportAndPropose.Grant)]
[ActivityOutcome(ReportAndPropose.Refuse)]
public sealed class ReportAndProposeAid(ICaseFileStore store) : IActivity<TaskStepInput>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndReading(AidVariables.AidAmount, AidVariables.AidFrom, AidVariables.AidUntil)
        .AndWriting(InvestigationVariables.Proposal, InvestigationVariables.SocialReportId, AidVariables.ProposedAmount, AidVariables.ProposedFrom, AidVariables.ProposedUntil);

    public const string TaskType = "aid-social-report";

    public static IReadOnlyList<FormField> Form { get; } =
    [
        new("report", FormFieldType.Text, Required: true, MaxLength: 20_000),
        new("proposal", FormFieldType.Choice, Required: true, Choices: [ReportAndPropose.Grant, ReportAndPropose.Refuse]),
        new("amount", FormFieldType.Number, Min: 0),
        new("from", FormFieldType.Date),
        new("until", FormFieldType.Date, NotBefore: "from"),
        new("motivation", FormFieldType.Text, MaxLength: 4000),
    ];

    public async ValueTask<ActivityResult> ExecuteAsync(TaskStepInput input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        if (request.CanFire(RequestTrigger.PrepareProposal))
        {
            request.PrepareProposal();
        }

        return ActivityResult.Suspend(TaskOpening.Open(context, input, TaskType, "Social report and proposal", Form));
    }

    public ValueTask<ActivityResult> ResumeAsync(TaskStepInput input, ActivityContext context, JsonNode? payload)
    {
        var variables = RequestVariables.Of(context);
        var grant = TaskOpening.Text(payload, "proposal") == ReportAndPropose.Grant;
        var report = SocialReport.ForAid(
            variables.Tenant, variables.Case, variables.Request, context.Clock.GetUtcNow(), variables.Author,
            TaskOpening.Text(payload, "report")!, grant ? DecisionOutcome.Granted : DecisionOutcome.Refused, TaskOpening.Text(payload, "motivation"));
        store.Add(report);
        context.Set(InvestigationVariables.Proposal, grant ? ReportAndPropose.Grant : ReportAndPropose.Refuse);
        context.Set(InvestigationVariables.SocialReportId, report.Id);

        // A proposal to grant that states no figure proposes what was asked; the case file keeps what is proposed.
        var amount = grant ? TaskOpening.Number(payload, "amount") ?? context.Get(AidVariables.AidAmount) : null;
        var from = grant ? TaskOpening.Date(payload, "from") ?? context.Get(AidVariables.AidFrom) : null;
        var until = grant ? TaskOpening.Date(payload, "until") ?? context.Get(AidVariables.AidUntil) : null;
        context.Set(AidVariables.ProposedAmount, amount);
        context.Set(AidVariables.ProposedFrom, from);
        context.Set(AidVariables.ProposedUntil, until);
        if (grant)
        {
            store.Add(new AidRecord(
                variables.Tenant, variables.Case, variables.Request, context.Clock.GetUtcNow(), variables.Author, AidProposed.Kind, amount, AidDetails.Write(new AidProposed(from, until))));
        }

        return ValueTask.FromResult(ActivityResult.Complete(grant ? ReportAndPropose.Grant : ReportAndPropose.Refuse));
    }
}
