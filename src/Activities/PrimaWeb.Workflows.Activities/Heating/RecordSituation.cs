using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Heating;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Heating;

/// <summary>
/// The social worker states the household's category and situation (incomes, dependants, debt mediation); the CPAS's
/// calculation then runs on it with the BIM/OMNIO statuses and the allowances already paid that the Fund gave, and is
/// kept as a <see cref="HeatingCalculation"/> record.
/// </summary>
[Activity("Heating.RecordSituation", 1, Category = "Heating", DisplayName = "Household situation and calculation", Blocking = true)]
public sealed class RecordSituation(ICaseFileStore store, CalculationReferenceData reference) : IActivity<TaskStepInput>
{
    public const string TaskType = "heating-situation";

    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndWriting(HeatingVariables.LocalAmount, HeatingVariables.Refusals);

    public static IReadOnlyList<FormField> Form { get; } =
    [
        new("category", FormFieldType.Choice, Required: true, Choices: TaskOpening.Choices<HeatingCategory>()),
        new("taxableIncome", FormFieldType.Number, Min: 0, Max: 1_000_000),
        new("selfEmployedResult", FormFieldType.Number, Min: 0, Max: 1_000_000),
        new("otherPropertyCadastralIncome", FormFieldType.Number, Min: 0, Max: 100_000),
        new("dependants", FormFieldType.Group, MaxItems: 20, Fields: [new("netYearlyIncome", FormFieldType.Number, Required: true, Min: 0, Max: 1_000_000)]),
        new("inDebtMediation", FormFieldType.Flag),
        new("cannotPayInvoice", FormFieldType.Flag),
        new("cpasConfirmsNeed", FormFieldType.Flag),
        new("livesInCareInstitution", FormFieldType.Flag),
    ];

    public ValueTask<ActivityResult> ExecuteAsync(TaskStepInput input, ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Suspend(TaskOpening.Open(context, input, TaskType, "Heating situation", Form)));

    public async ValueTask<ActivityResult> ResumeAsync(TaskStepInput input, ActivityContext context, JsonNode? payload)
    {
        var variables = RequestVariables.Of(context);
        var cancellationToken = context.CancellationToken;
        var delivery = await AidDetails.LatestDetailsAsync<HeatingDelivery>(store, variables.Tenant, variables.Request, HeatingRecords.Delivery, cancellationToken)
            ?? throw new InvalidOperationException($"Request {variables.Request} has no recorded delivery.");
        var fund = await AidDetails.LatestDetailsAsync<HeatingFundStatus>(store, variables.Tenant, variables.Request, HeatingRecords.FundStatus, cancellationToken)
            ?? throw new InvalidOperationException($"Request {variables.Request} has not consulted the Fund.");
        var category = TaskOpening.Choice<HeatingCategory>(payload, "category")!.Value;
        var bim = BimStatusOf(fund.Members);
        var main = variables.MainPerson.ToString();
        var incomes = new List<HeatingIncome>();
        void Income(string field, HeatingIncomeKind kind)
        {
            if (TaskOpening.Number(payload, field) is { } amount and > 0)
            {
                incomes.Add(new HeatingIncome(main, kind, amount));
            }
        }

        Income("taxableIncome", HeatingIncomeKind.TaxableIncome);
        Income("selfEmployedResult", HeatingIncomeKind.SelfEmployedResult);
        Income("otherPropertyCadastralIncome", HeatingIncomeKind.CadastralIncomeOtherProperty);
        var dependants = (payload?["dependants"] as JsonArray ?? [])
            .Select((d, i) => new HeatingPossibleDependant($"dependant-{i + 1}", TaskOpening.Number(d, "netYearlyIncome") ?? 0m))
            .ToList();
        var sameDelivery = fund.Allocations.Any(a => a.DeliveryDate == delivery.DeliveredOn && a.Purchase == delivery.PurchaseMode);
        var result = new HeatingAllowanceCalculator(reference.Heating).Calculate(new HeatingAllowanceRequest
        {
            Category = category,
            Fuel = delivery.Fuel,
            PurchaseMode = delivery.PurchaseMode,
            DeliveryDate = delivery.DeliveredOn,
            RequestDate = variables.Received,
            InvoicedLitres = delivery.Litres,
            PricePerLitre = delivery.PricePerLitre,
            DwellingsCovered = delivery.Dwellings,
            BimStatus = bim,
            Incomes = incomes,
            PossibleDependants = dependants,
            InDebtMediation = TaskOpening.Flag(payload, "inDebtMediation"),
            CannotPayInvoice = TaskOpening.Flag(payload, "cannotPayInvoice"),
            CpasConfirmsNeed = TaskOpening.Flag(payload, "cpasConfirmsNeed"),
            LivesInCareInstitution = TaskOpening.Flag(payload, "livesInCareInstitution"),
            ForceMajeure = delivery.ForceMajeure,
            LitresAlreadyGrantedInPeriod = sameDelivery ? 0m : fund.Allocations.Sum(a => a.Litres),
            BulkAllowanceGrantedInPeriod = fund.Allocations.Any(a => a.Purchase == HeatingPurchaseMode.Bulk),
            PumpAllowanceGrantedInPeriod = fund.Allocations.Any(a => a.Purchase == HeatingPurchaseMode.Pump),
            DeliveryAlreadyPaid = sameDelivery,
        });
        var refusals = result.Refusals.Select(r => r.Code).ToList();
        var calculation = new HeatingCalculation(
            category, bim, result.HouseholdIncome, result.IncomeLimit, result.Dependants, result.Eligible, result.Amount, result.LitresAllowed, result.AllowancePerLitre, refusals);
        store.Add(new AidRecord(
            variables.Tenant, variables.Case, variables.Request, context.Clock.GetUtcNow(), variables.Author, HeatingRecords.Calculation, result.Amount, AidDetails.Write(calculation)));
        var request = await store.RequestAsync(variables.Tenant, variables.Request, cancellationToken);
        if (request.CanFire(RequestTrigger.PrepareProposal))
        {
            request.PrepareProposal();
        }

        context.Set(HeatingVariables.LocalAmount, result.Amount);
        context.Set(HeatingVariables.Refusals, string.Join(',', refusals));
        return ActivityResult.Complete();
    }

    /// <summary>The household's BIM situation from each member's status (heating-allowance.md §2: who needs no income check).</summary>
    public static HeatingBimStatus BimStatusOf(IReadOnlyList<HeatingMemberStatus> members) => members switch
    {
        _ when members.Any(m => m.Omnio) => HeatingBimStatus.Omnio,
        [{ Bim: true }] => HeatingBimStatus.SingleBimPerson,
        _ when members.Count > 0 && members.All(m => m.Bim) => HeatingBimStatus.AllMembersBim,
        _ when members.Any(m => m.Bim) => HeatingBimStatus.MemberBim,
        _ => HeatingBimStatus.None,
    };
}
