using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Heating;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Heating;

/// <summary>
/// The invoice or pump receipt the request is filed for: delivery day, fuel, purchase mode, litres, price, the dwellings
/// the invoice covers and the dwelling heated — given at filing (the case page and the API complete this task with the
/// request) or, for a request received without them, typed later in the inbox. The 60-day rule, the fuel and the
/// dwelling are checked at once: a delivery of the same day for the same dwelling already claimed in another request of
/// the CPAS (another household of the house, a second filing) is refused — no double payment. A refused delivery
/// leaves by <see cref="Inadmissible"/>, to a refusal with its letter, never silently.
/// </summary>
[Activity("Heating.RecordDelivery", 1, Category = "Heating", DisplayName = "Record the delivery", Blocking = true)]
[ActivityOutcome(Admissible)]
[ActivityOutcome(Inadmissible)]
public sealed class RecordDelivery(ICaseFileStore store, CalculationReferenceData reference) : IActivity<TaskStepInput>
{
    public const string Admissible = "Admissible";
    public const string Inadmissible = "Inadmissible";
    public const string TaskType = "heating-delivery";

    /// <summary>The refusal when another request of the CPAS, not refused nor withdrawn, claims the same delivery for the same dwelling.</summary>
    public const string DwellingAlreadyClaimed = "dwelling-already-claimed";

    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndWriting(HeatingVariables.DeliveredOn, HeatingVariables.IntegrationFrom, HeatingVariables.IntegrationUntil, HeatingVariables.Refusals);

    public static IReadOnlyList<FormField> Form { get; } =
    [
        new("deliveredOn", FormFieldType.Date, Required: true, NotAfterToday: true),
        new("fuel", FormFieldType.Choice, Required: true, Choices: TaskOpening.Choices<HeatingFuel>()),
        new("purchaseMode", FormFieldType.Choice, Required: true, Choices: TaskOpening.Choices<HeatingPurchaseMode>()),
        new("litres", FormFieldType.Number, Min: 0, Max: 100_000),
        new("pricePerLitre", FormFieldType.Number, Min: 0, Max: 10),
        new("dwellings", FormFieldType.Number, Min: 1, Max: 1_000),
        new("invoiceNumber", FormFieldType.Text, MaxLength: 50),
        new("forceMajeure", FormFieldType.Flag),
        .. DwellingForm.Fields,
    ];

    public async ValueTask<ActivityResult> ExecuteAsync(TaskStepInput input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        if (request.CanFire(RequestTrigger.StartInvestigation))
        {
            request.StartInvestigation();
        }

        return ActivityResult.Suspend(TaskOpening.Open(context, input, TaskType, "Heating delivery", Form));
    }

    public async ValueTask<ActivityResult> ResumeAsync(TaskStepInput input, ActivityContext context, JsonNode? payload)
    {
        var variables = RequestVariables.Of(context);
        var calculator = new HeatingAllowanceCalculator(reference.Heating);
        var deliveredOn = TaskOpening.Date(payload, "deliveredOn")!.Value;
        var fuel = TaskOpening.Choice<HeatingFuel>(payload, "fuel")!.Value;
        var mode = TaskOpening.Choice<HeatingPurchaseMode>(payload, "purchaseMode")!.Value;
        var litres = TaskOpening.Number(payload, "litres") ?? 0m;
        var price = TaskOpening.Number(payload, "pricePerLitre") ?? 0m;
        var dwellings = (int)(TaskOpening.Number(payload, "dwellings") ?? 1m);
        var forceMajeure = TaskOpening.Flag(payload, "forceMajeure");
        var dwelling = DwellingForm.ReadIfGiven(payload);

        // The calculator's own checks of the inputs (a bulk delivery states its litres and price, the request follows
        // the delivery, the figures are in force on its day): one rule, refused on the field the user typed.
        try
        {
            calculator.CheckInputs(new HeatingAllowanceRequest
            {
                Category = HeatingCategory.LowIncome,
                Fuel = fuel,
                PurchaseMode = mode,
                DeliveryDate = deliveredOn,
                RequestDate = variables.Received,
                InvoicedLitres = litres,
                PricePerLitre = price,
                DwellingsCovered = dwellings,
                ForceMajeure = forceMajeure,
            });
        }
        catch (InvalidCalculationInputException ex)
        {
            var error = ex.Errors[0];
            throw new ActivityRefusalException(FieldOf(error.Field), error.Code, error.Message, [.. error.Arguments]);
        }

        var refusals = calculator.CheckDelivery(fuel, mode, deliveredOn, variables.Received, forceMajeure).Select(r => r.Code).ToList();
        var key = dwelling is null ? null : MatchKey(deliveredOn, dwelling);
        if (key is not null && await ClaimedElsewhereAsync(variables, key, context.CancellationToken))
        {
            refusals.Add(DwellingAlreadyClaimed);
        }

        var delivery = new HeatingDelivery(
            deliveredOn, fuel, mode, litres, price, dwellings, TaskOpening.Text(payload, "invoiceNumber"), forceMajeure, calculator.RequestDeadline(deliveredOn), refusals, dwelling);
        store.Add(new AidRecord(
            variables.Tenant, variables.Case, variables.Request, context.Clock.GetUtcNow(), variables.Author, HeatingRecords.Delivery, null, AidDetails.Write(delivery), key));
        context.Set(HeatingVariables.DeliveredOn, deliveredOn);
        context.Set(HeatingVariables.Refusals, string.Join(',', refusals));

        // Code 40 covers the heating period (the delivery's calendar year) and the day the CPAS asks the Fund, which
        // may fall in January of the next year (bcss-integrations.md).
        context.Set(HeatingVariables.IntegrationFrom, deliveredOn);
        context.Set(HeatingVariables.IntegrationUntil, new DateOnly(Math.Max(deliveredOn.Year, LegalClock.Today(context.Clock).Year), 12, 31));
        return ActivityResult.Complete(refusals.Count == 0 ? Admissible : Inadmissible);
    }

    /// <summary>The delivery day and the dwelling: one delivery heats one dwelling once, whoever files for it.</summary>
    internal static string MatchKey(DateOnly deliveredOn, Address dwelling)
    {
        var key = $"{deliveredOn:yyyy-MM-dd}|{DwellingForm.Key(dwelling)}";
        return key.Length > AidRecord.MatchKeyMaxLength ? key[..AidRecord.MatchKeyMaxLength] : key;
    }

    /// <summary>An admissible delivery with the same key in another request that is still running, or closed with an allocation the Fund saved.</summary>
    private async Task<bool> ClaimedElsewhereAsync(RequestVariables variables, string key, CancellationToken cancellationToken)
    {
        foreach (var record in await store.FindAidRecordsAsync(variables.Tenant, HeatingRecords.Delivery, key, cancellationToken))
        {
            if (record.RequestId == variables.Request || AidDetails.Read<HeatingDelivery>(record).Refusals.Count > 0)
            {
                continue;
            }

            var other = await store.FindRequestAsync(variables.Tenant, record.RequestId!.Value, cancellationToken);
            var claims = other?.Status switch
            {
                null or RequestStatus.Refused or RequestStatus.Withdrawn or RequestStatus.RejectedBySppIs => false,
                RequestStatus.Closed => await AidDetails.LatestAsync(store, variables.Tenant, other.Id, HeatingRecords.Allocation, cancellationToken) is not null,
                _ => true,
            };
            if (claims)
            {
                return true;
            }
        }

        return false;
    }

    private static string FieldOf(string calculatorField) => calculatorField switch
    {
        "invoicedLitres" => "litres",
        "dwellingsCovered" => "dwellings",
        "requestDate" or "deliveryDate" => "deliveredOn",
        _ => calculatorField,
    };
}
