using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Cases;

/// <summary>
/// A task for the social worker: the RIS category, the monthly net resources of the main person and the partner, and
/// the household's monthly expenses. The members come from the de facto household on the reception day; the
/// completed form becomes a <see cref="ResourceStatement"/>.
/// </summary>
[Activity("Cases.RecordResources", 1, Category = "Cases", DisplayName = "Record resources and expenses", Blocking = true)]
public sealed class RecordResources(ICaseFileStore store) : IActivity<TaskStepInput>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess.Reading(RequestVariables.All).AndWriting(InvestigationVariables.ResourceStatementId);

    public const string TaskType = "record-resources";

    /// <summary>The form: monthly net amounts, none negative.</summary>
    public static IReadOnlyList<FormField> Form { get; } =
    [
        new("category", FormFieldType.Choice, Required: true, Choices: TaskOpening.Choices<RisCategory>()),
        new("claimantEarnedIncome", FormFieldType.Number, Min: 0),
        new("claimantReplacementIncome", FormFieldType.Number, Min: 0),
        new("claimantFamilyAllowances", FormFieldType.Number, Min: 0),
        new("claimantMaintenance", FormFieldType.Number, Min: 0),
        new("claimantOtherIncome", FormFieldType.Number, Min: 0),
        new("partnerEarnedIncome", FormFieldType.Number, Min: 0),
        new("partnerReplacementIncome", FormFieldType.Number, Min: 0),
        new("partnerIsDisBeneficiary", FormFieldType.Flag),
        // Every other member's resources (cohabitants, maintenance debtors; ris.md): a JSON array of
        // {"member": person id, "kind": ResourceKind, "amount": net, "periodicity": "Monthly" | "Yearly"}.
        new("memberResources", FormFieldType.Text, MaxLength: 8000),
        new("rent", FormFieldType.Number, Min: 0),
        new("energy", FormFieldType.Number, Min: 0),
        new("debts", FormFieldType.Number, Min: 0),
        new("otherExpenses", FormFieldType.Number, Min: 0),
    ];

    public ValueTask<ActivityResult> ExecuteAsync(TaskStepInput input, ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Suspend(TaskOpening.Open(context, input, TaskType, "Resources and expenses", Form)));

    public async ValueTask<ActivityResult> ResumeAsync(TaskStepInput input, ActivityContext context, JsonNode? payload)
    {
        var variables = RequestVariables.Of(context);
        var @case = await store.CaseAsync(variables.Tenant, variables.Case, context.CancellationToken);
        var household = HouseholdSelection.Select(@case, HouseholdMembers.Household, variables.Received);
        var partner = household.FirstOrDefault(m => m.Relation == HouseholdRelation.Partner);
        var members = household.Select(m => new RisHouseholdMember(
            m.PersonId.ToString(),
            ToCohabitant(m.Relation),
            IsDisBeneficiary: m.Relation == HouseholdRelation.Partner && TaskOpening.Flag(payload, "partnerIsDisBeneficiary"))).ToList();

        var claimant = @case.MainPersonId.ToString();
        var resources = new List<RisResource>();
        Add(resources, payload, "claimantEarnedIncome", claimant, ResourceKind.EarnedIncome);
        Add(resources, payload, "claimantReplacementIncome", claimant, ResourceKind.ReplacementIncome);
        Add(resources, payload, "claimantFamilyAllowances", claimant, ResourceKind.FamilyAllowances);
        Add(resources, payload, "claimantMaintenance", claimant, ResourceKind.Maintenance);
        Add(resources, payload, "claimantOtherIncome", claimant, ResourceKind.Other);
        if (partner is not null)
        {
            Add(resources, payload, "partnerEarnedIncome", partner.PersonId.ToString(), ResourceKind.EarnedIncome);
            Add(resources, payload, "partnerReplacementIncome", partner.PersonId.ToString(), ResourceKind.ReplacementIncome);
        }
        else if (TaskOpening.Number(payload, "partnerEarnedIncome") > 0 || TaskOpening.Number(payload, "partnerReplacementIncome") > 0)
        {
            throw new InvalidOperationException("Resources were given for a partner, but the de facto household has no partner on the reception day; add the partner to the household first.");
        }

        resources.AddRange(MemberResources(payload, household.Select(m => m.PersonId.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase)));

        var expenses = new List<StatedExpense>();
        foreach (var (field, label) in new[] { ("rent", "Rent"), ("energy", "Energy"), ("debts", "Debts"), ("otherExpenses", "Other expenses") })
        {
            if (TaskOpening.Number(payload, field) is > 0 and var amount)
            {
                expenses.Add(new StatedExpense(label, amount));
            }
        }

        var statement = new ResourceStatement(
            variables.Tenant, variables.Case, variables.Request, context.Clock.GetUtcNow(), variables.Author,
            TaskOpening.Choice<RisCategory>(payload, "category")!.Value, members, resources, expenses);
        store.Add(statement);
        context.Set(InvestigationVariables.ResourceStatementId, statement.Id);
        return ActivityResult.Complete();
    }

    internal static CohabitantRelation ToCohabitant(HouseholdRelation relation) => relation switch
    {
        HouseholdRelation.MainPerson => CohabitantRelation.Claimant,
        HouseholdRelation.Partner => CohabitantRelation.Partner,
        HouseholdRelation.Child => CohabitantRelation.FirstDegreeDescendant,
        HouseholdRelation.Parent => CohabitantRelation.FirstDegreeAscendant,
        HouseholdRelation.OtherRelative => CohabitantRelation.OtherMaintenanceDebtor,
        _ => CohabitantRelation.OtherCohabitant,
    };

    /// <summary>The lines of <c>memberResources</c>, each for a member of the de facto household on the reception day.</summary>
    public static IEnumerable<RisResource> MemberResources(JsonNode? payload, IReadOnlySet<string> household)
    {
        if (TaskOpening.Text(payload, "memberResources") is not { Length: > 0 } text)
        {
            yield break;
        }

        var lines = JsonNode.Parse(text) as JsonArray
            ?? throw new InvalidOperationException("memberResources must be a JSON array of {member, kind, amount, periodicity}.");
        foreach (var line in lines)
        {
            var member = line?["member"]?.GetValue<string>();
            if (member is null || !household.Contains(member))
            {
                throw new InvalidOperationException($"The resource line for '{member}' names no member of the de facto household on the reception day.");
            }

            if (!Enum.TryParse<ResourceKind>(line!["kind"]?.GetValue<string>(), ignoreCase: true, out var kind))
            {
                throw new InvalidOperationException($"The resource line for '{member}' has an unknown kind '{line["kind"]}'.");
            }

            var amount = line["amount"]?.GetValue<decimal>() ?? 0m;
            if (amount < 0)
            {
                throw new InvalidOperationException($"The resource line for '{member}' has a negative amount.");
            }

            var periodicity = line["periodicity"]?.GetValue<string>() is { } period
                ? Enum.Parse<ResourcePeriodicity>(period, ignoreCase: true)
                : ResourcePeriodicity.Monthly;
            if (amount > 0)
            {
                yield return new RisResource(Guid.Parse(member).ToString(), kind, amount, periodicity, Description: "memberResources");
            }
        }
    }

    private static void Add(List<RisResource> resources, JsonNode? payload, string field, string personId, ResourceKind kind)
    {
        if (TaskOpening.Number(payload, field) is > 0 and var amount)
        {
            resources.Add(new RisResource(personId, kind, amount, Description: field));
        }
    }
}
