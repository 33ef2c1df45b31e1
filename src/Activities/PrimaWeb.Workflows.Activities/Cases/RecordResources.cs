using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Common;
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

    /// <summary>The most lines of other members' resources a statement takes.</summary>
    public const int MaxMemberResources = 30;

    /// <summary>The form without members to choose from (its shape, as the designer and the tests read it).</summary>
    public static IReadOnlyList<FormField> Form { get; } = FormFor([]);

    /// <summary>
    /// The form: monthly net amounts, none negative; the other members' resources are lines of a repeated group whose
    /// member is one of <paramref name="members"/> (person ids of the de facto household on the reception day).
    /// </summary>
    public static IReadOnlyList<FormField> FormFor(IReadOnlyList<string> members) =>
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
        // Every other member's resources (cohabitants, maintenance debtors; ris.md), one line each.
        new("memberResources", FormFieldType.Group, MaxItems: MaxMemberResources, Fields:
        [
            new("member", FormFieldType.Choice, Required: true, Choices: members),
            new("kind", FormFieldType.Choice, Required: true, Choices: TaskOpening.Choices<ResourceKind>()),
            new("amount", FormFieldType.Number, Required: true, Min: 0),
            new("periodicity", FormFieldType.Choice, Choices: TaskOpening.Choices<ResourcePeriodicity>()),
        ]),
        new("rent", FormFieldType.Number, Min: 0),
        new("energy", FormFieldType.Number, Min: 0),
        new("debts", FormFieldType.Number, Min: 0),
        new("otherExpenses", FormFieldType.Number, Min: 0),
    ];

    public async ValueTask<ActivityResult> ExecuteAsync(TaskStepInput input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var @case = await store.CaseAsync(variables.Tenant, variables.Case, context.CancellationToken);
        var members = HouseholdSelection.Select(@case, HouseholdMembers.Household, variables.Received).Select(m => m.PersonId.ToString()).ToList();
        return ActivityResult.Suspend(TaskOpening.Open(context, input, TaskType, "Resources and expenses", FormFor(members)));
    }

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
            throw new ActivityRefusalException(
                TaskOpening.Number(payload, "partnerEarnedIncome") > 0 ? "partnerEarnedIncome" : "partnerReplacementIncome",
                RuleCodes.PartnerNotInHousehold,
                "Resources were given for a partner, but the de facto household has no partner on the reception day; add the partner to the household first.");
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

    /// <summary>
    /// The lines of <c>memberResources</c> (typed and bounded by the form), each for a member of the de facto household
    /// on the reception day; the household may have changed since the task opened, so membership is checked again.
    /// </summary>
    public static IEnumerable<RisResource> MemberResources(JsonNode? payload, IReadOnlySet<string> household)
    {
        if (payload?["memberResources"] is not JsonArray lines)
        {
            yield break;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var member = TaskOpening.Text(line, "member");
            if (member is null || !household.Contains(member))
            {
                throw new ActivityRefusalException(
                    $"memberResources[{i}].member",
                    RuleCodes.NotAHouseholdMember,
                    $"The resource line for '{member}' names no member of the de facto household on the reception day.",
                    member ?? string.Empty);
            }

            var amount = TaskOpening.Number(line, "amount") ?? 0m;
            if (amount > 0 && TaskOpening.Choice<ResourceKind>(line, "kind") is { } kind)
            {
                var periodicity = TaskOpening.Choice<ResourcePeriodicity>(line, "periodicity") ?? ResourcePeriodicity.Monthly;
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
