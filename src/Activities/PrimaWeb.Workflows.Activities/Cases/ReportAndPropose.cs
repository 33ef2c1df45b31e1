using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Cases;

/// <summary>
/// A task for the social worker: the social report and the proposal to the Council (grant or refuse). A grant without
/// amount, category or start takes the latest RIS calculation and the reception date. Kept as a <see cref="SocialReport"/>.
/// </summary>
[Activity("Cases.ReportAndPropose", 1, Category = "Cases", DisplayName = "Social report and proposal", Blocking = true)]
[ActivityOutcome(Grant)]
[ActivityOutcome(Refuse)]
public sealed class ReportAndPropose(ICaseFileStore store) : IActivity<TaskStepInput>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndWriting(InvestigationVariables.Proposal, InvestigationVariables.ProposedMonthlyAmount, InvestigationVariables.SocialReportId);

    public const string Grant = "Grant";
    public const string Refuse = "Refuse";
    public const string TaskType = "social-report";

    public static IReadOnlyList<FormField> Form { get; } =
    [
        new("report", FormFieldType.Text, Required: true, MaxLength: 20_000),
        new("proposal", FormFieldType.Choice, Required: true, Choices: [Grant, Refuse]),
        new("category", FormFieldType.Choice, Choices: TaskOpening.Choices<RisCategory>()),
        new("monthlyAmount", FormFieldType.Number, Min: 0),
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

    public async ValueTask<ActivityResult> ResumeAsync(TaskStepInput input, ActivityContext context, JsonNode? payload)
    {
        var variables = RequestVariables.Of(context);
        var grant = TaskOpening.Text(payload, "proposal") == Grant;
        DecisionTerms? terms = null;
        if (grant)
        {
            var calculation = await store.LatestAsync<RisCalculationRecord>(variables.Tenant, variables.Request, context.CancellationToken);
            var category = TaskOpening.Choice<RisCategory>(payload, "category") ?? calculation?.Category
                ?? throw new ActivityRefusalException("category", RuleCodes.GrantCategoryRequired, "A proposal to grant needs a category: fill it in or calculate the RIS first.");
            var amount = TaskOpening.Number(payload, "monthlyAmount") ?? calculation?.MonthlyAmount
                ?? throw new ActivityRefusalException("monthlyAmount", RuleCodes.GrantAmountRequired, "A proposal to grant needs a monthly amount: fill it in or calculate the RIS first.");
            terms = new DecisionTerms(category, amount, TaskOpening.Date(payload, "from") ?? variables.Received, TaskOpening.Date(payload, "until"));
        }

        var report = new SocialReport(
            variables.Tenant, variables.Case, variables.Request, context.Clock.GetUtcNow(), variables.Author,
            TaskOpening.Text(payload, "report")!, grant ? DecisionOutcome.Granted : DecisionOutcome.Refused, terms, TaskOpening.Text(payload, "motivation"));
        store.Add(report);
        context.Set(InvestigationVariables.Proposal, grant ? Grant : Refuse);
        context.Set(InvestigationVariables.ProposedMonthlyAmount, terms?.MonthlyAmount);
        context.Set(InvestigationVariables.SocialReportId, report.Id);
        return ActivityResult.Complete(grant ? Grant : Refuse);
    }
}
