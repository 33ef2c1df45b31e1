using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Calculations.Heating;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.FederalServices.Heating;

namespace PrimaWeb.Workflows.Activities.Heating;

/// <summary>The outbox message by which a heating step asks the Fund's database, and the mapping to the gateway's contract.</summary>
public static class HeatingFund
{
    public const string MessageType = "Heating.Fund";
    public const string Signal = "heating-fund";
    public const string Consult = "consult";
    public const string Compute = "compute";
    public const string Save = "save";

    /// <summary>Puts the message for an operation and returns the bookmark the step waits on.</summary>
    public static BookmarkRequest Ask(ActivityContext context, string operation)
    {
        var variables = RequestVariables.Of(context);
        var key = StepKeys.Next(context, variables.Request);
        context.EnqueueOutbox(MessageType, new JsonObject
        {
            ["operation"] = operation,
            ["tenantId"] = variables.Tenant,
            ["caseId"] = variables.Case.ToString(),
            ["requestId"] = variables.Request.ToString(),
            ["user"] = variables.Author,
            ["signalKey"] = key,
        }, key);
        return BookmarkRequest.ForSignal(Signal, key);
    }

    public static HeatingAllocationRequest AllocationRequest(IReadOnlyList<Person> persons, Person main, HeatingDelivery delivery, HeatingCategory category) =>
        new(
            main.Niss,
            [.. persons.Where(p => p.Id != main.Id).Select(p => p.Niss)],
            delivery.DeliveredOn.Year,
            (int)category,
            ToFund(delivery.Fuel),
            delivery.PurchaseMode == HeatingPurchaseMode.Pump ? PurchaseMode.Pump : PurchaseMode.Bulk,
            delivery.DeliveredOn,
            delivery.Litres,
            delivery.PricePerLitre,
            delivery.Dwellings,
            delivery.InvoiceNumber);

    public static HeatingPurchaseMode ToDomain(PurchaseMode mode) => mode == PurchaseMode.Pump ? HeatingPurchaseMode.Pump : HeatingPurchaseMode.Bulk;

    private static FuelType ToFund(HeatingFuel fuel) => fuel switch
    {
        HeatingFuel.HeatingGasOil => FuelType.GasOil,
        HeatingFuel.LampPetroleumTypeC => FuelType.LampPetroleum,
        HeatingFuel.BulkPropane => FuelType.BulkPropane,
        HeatingFuel.BottledPropaneOrButane => FuelType.BottledPropane,
        HeatingFuel.NaturalGas => FuelType.NaturalGas,
        HeatingFuel.Electricity => FuelType.Electricity,
        _ => FuelType.Pellets,
    };

    /// <summary>The message as the handler reads it.</summary>
    public sealed record Message(string Operation, string Tenant, Guid Case, Guid Request, string User, string SignalKey)
    {
        public static Message From(JsonNode payload) => new(
            payload["operation"]!.GetValue<string>(),
            payload["tenantId"]!.GetValue<string>(),
            Guid.Parse(payload["caseId"]!.GetValue<string>()),
            Guid.Parse(payload["requestId"]!.GetValue<string>()),
            payload["user"]?.GetValue<string>() ?? MessageTypes.SystemActor,
            payload["signalKey"]!.GetValue<string>());
    }
}
