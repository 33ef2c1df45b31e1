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
/// Version 2 of <c>Cases.RecordResources</c> (issue 14 point 5): every resource is a typed line — whose (any member of
/// the de facto household on the reception day), kind, amount, periodicity — with what the law exempts: the art. 35
/// exemption of a job (socio-professional, student, shortage occupation), the art. 22 §1 basis of a resource not
/// counted at all, income of an art. 60 §7 job; and, per maintenance debtor living with the claimant, the share of
/// their resources the CPAS decides to count. A brother or a sister is never a maintenance debtor: another relative is
/// one only when the social worker says how (grandparent, grandchild, in-law, former spouse). Version 1 asked fixed
/// amounts for the claimant and the partner and counted every other relative as a maintenance debtor; its instances
/// keep it.
/// </summary>
[Activity("Cases.RecordResources", 2, Category = "Cases", DisplayName = "Record resources and expenses", Blocking = true)]
public sealed class RecordResourcesByMember(ICaseFileStore store) : IActivity<TaskStepInput>
{
    /// <summary>The variables the step reads and writes (those of version 1).</summary>
    public static VariableAccess Variables => RecordResources.Variables;

    /// <summary>The most resource lines, and maintenance debtors, a statement takes.</summary>
    public const int MaxLines = 40;

    /// <summary>How another relative may owe maintenance; a sibling is not among them.</summary>
    public static readonly IReadOnlyList<string> DebtorKinds = ["Grandparent", "Grandchild", "InLaw", "FormerSpouse"];

    /// <summary>The form without members to choose from (its shape, as the designer and the tests read it).</summary>
    public static IReadOnlyList<FormField> Form { get; } = FormFor([]);

    public static IReadOnlyList<FormField> FormFor(IReadOnlyList<string> members) =>
    [
        new("category", FormFieldType.Choice, Required: true, Choices: TaskOpening.Choices<RisCategory>()),
        new("partnerIsDisBeneficiary", FormFieldType.Flag),
        new("resources", FormFieldType.Group, MaxItems: MaxLines, Fields:
        [
            new("member", FormFieldType.Choice, Required: true, Choices: members),
            new("kind", FormFieldType.Choice, Required: true, Choices: TaskOpening.Choices<ResourceKind>()),
            new("amount", FormFieldType.Number, Required: true, Min: 0),
            new("periodicity", FormFieldType.Choice, Choices: TaskOpening.Choices<ResourcePeriodicity>()),
            new("employmentExemption", FormFieldType.Choice, Choices: TaskOpening.Choices<EmploymentExemption>()),
            new("exemptBasis", FormFieldType.Choice, Choices: TaskOpening.Choices<ExemptResourceBasis>()),
            new("fromArticle60Employment", FormFieldType.Flag),
        ]),
        new("maintenanceDebtors", FormFieldType.Group, MaxItems: MaxLines, Fields:
        [
            new("member", FormFieldType.Choice, Required: true, Choices: members),
            new("debtorKind", FormFieldType.Choice, Choices: DebtorKinds),
            new("countedSharePercent", FormFieldType.Number, Required: true, Min: 0, Max: 100),
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
        return ActivityResult.Suspend(TaskOpening.Open(context, input, RecordResources.TaskType, "Resources and expenses", FormFor(members)));
    }

    public async ValueTask<ActivityResult> ResumeAsync(TaskStepInput input, ActivityContext context, JsonNode? payload)
    {
        var variables = RequestVariables.Of(context);
        var @case = await store.CaseAsync(variables.Tenant, variables.Case, context.CancellationToken);
        var household = HouseholdSelection.Select(@case, HouseholdMembers.Household, variables.Received);
        var relations = household.ToDictionary(m => m.PersonId.ToString(), m => m.Relation, StringComparer.OrdinalIgnoreCase);
        var debtors = Debtors(payload, relations);
        var disPartner = TaskOpening.Flag(payload, "partnerIsDisBeneficiary");
        var members = household.Select(m => Member(m.PersonId.ToString(), m.Relation, disPartner, debtors)).ToList();
        var resources = Resources(payload, relations).ToList();

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

    /// <summary>
    /// The member as art. 34 sees them: the relation of the household, except that another relative counts as a
    /// maintenance debtor only when the form says how they owe it; a debtor carries the share the CPAS counts.
    /// </summary>
    private static RisHouseholdMember Member(string personId, HouseholdRelation relation, bool disPartner, Dictionary<string, decimal> debtors)
    {
        var cohabitant = relation switch
        {
            HouseholdRelation.OtherRelative => debtors.ContainsKey(personId) ? CohabitantRelation.OtherMaintenanceDebtor : CohabitantRelation.OtherCohabitant,
            _ => RecordResources.ToCohabitant(relation),
        };
        return new RisHouseholdMember(
            personId,
            cohabitant,
            IsDisBeneficiary: relation == HouseholdRelation.Partner && disPartner,
            CountedSharePercent: debtors.TryGetValue(personId, out var share) ? share : null);
    }

    /// <summary>The maintenance debtors' lines: the share counted, by person; a line must name a possible debtor.</summary>
    private static Dictionary<string, decimal> Debtors(JsonNode? payload, Dictionary<string, HouseholdRelation> relations)
    {
        var debtors = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        if (payload?["maintenanceDebtors"] is not JsonArray lines)
        {
            return debtors;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var member = MemberOf(lines[i], $"maintenanceDebtors[{i}].member", relations);
            var relation = relations[member];
            var kind = TaskOpening.Text(lines[i], "debtorKind");
            var possible = relation switch
            {
                HouseholdRelation.Child or HouseholdRelation.Parent => true,
                HouseholdRelation.OtherRelative => kind is not null && DebtorKinds.Contains(kind),
                _ => false,
            };
            if (!possible)
            {
                throw new ActivityRefusalException(
                    relation == HouseholdRelation.OtherRelative ? $"maintenanceDebtors[{i}].debtorKind" : $"maintenanceDebtors[{i}].member",
                    RuleCodes.ShareOfMaintenanceDebtorOnly,
                    "Only a parent, a child, or another relative who owes maintenance (grandparent, grandchild, in-law, former spouse) is a maintenance debtor; a brother or a sister is not.");
            }

            debtors[member] = TaskOpening.Number(lines[i], "countedSharePercent") ?? 0m;
        }

        return debtors;
    }

    private static IEnumerable<RisResource> Resources(JsonNode? payload, Dictionary<string, HouseholdRelation> relations)
    {
        if (payload?["resources"] is not JsonArray lines)
        {
            yield break;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var member = MemberOf(line, $"resources[{i}].member", relations);
            var amount = TaskOpening.Number(line, "amount") ?? 0m;
            var exemption = TaskOpening.Choice<EmploymentExemption>(line, "employmentExemption") ?? EmploymentExemption.None;
            var kind = TaskOpening.Choice<ResourceKind>(line, "kind")!.Value;
            if (exemption != EmploymentExemption.None && relations[member] != HouseholdRelation.MainPerson)
            {
                throw new ActivityRefusalException(
                    $"resources[{i}].employmentExemption", RuleCodes.EmploymentExemptionClaimantOnly, "The art. 35 exemptions apply to the claimant's income only.");
            }

            if (exemption != EmploymentExemption.None && kind != ResourceKind.EarnedIncome)
            {
                throw new ActivityRefusalException(
                    $"resources[{i}].employmentExemption", RuleCodes.EmploymentExemptionEarnedIncomeOnly, "The art. 35 exemptions apply to earned income only.");
            }

            if (amount > 0)
            {
                yield return new RisResource(
                    Guid.Parse(member).ToString(),
                    kind,
                    amount,
                    TaskOpening.Choice<ResourcePeriodicity>(line, "periodicity") ?? ResourcePeriodicity.Monthly,
                    exemption,
                    TaskOpening.Choice<ExemptResourceBasis>(line, "exemptBasis") ?? ExemptResourceBasis.None,
                    TaskOpening.Flag(line, "fromArticle60Employment"),
                    Description: $"resources[{i}]");
            }
        }
    }

    // The household may have changed since the task opened: membership is checked again on the reception day.
    private static string MemberOf(JsonNode? line, string field, Dictionary<string, HouseholdRelation> relations)
    {
        var member = TaskOpening.Text(line, "member");
        return member is not null && relations.ContainsKey(member)
            ? member
            : throw new ActivityRefusalException(
                field,
                RuleCodes.NotAHouseholdMember,
                $"The line for '{member}' names no member of the de facto household on the reception day.",
                member ?? string.Empty);
    }
}
