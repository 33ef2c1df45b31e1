using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.FederalServices.Heating;

/// <summary>
/// The invoice of a heating allowance request, as ComputeAllocation and SaveAllocation take it: the household
/// (main and secondary beneficiaries), the heating period (calendar year), the category and the delivery.
/// </summary>
public sealed record HeatingAllocationRequest(
    Niss MainBeneficiary,
    IReadOnlyList<Niss> SecondaryBeneficiaries,
    int HeatingPeriod,
    int Category,
    FuelType Fuel,
    PurchaseMode Purchase,
    DateOnly DeliveryDate,
    decimal Litres,
    decimal PricePerLitre,
    int Dwellings = 1,
    string? InvoiceNumber = null);

public enum FuelType
{
    GasOil,
    LampPetroleum,
    BulkPropane,
    BottledPropane,
    NaturalGas,
    Electricity,
    Pellets,
}

public enum PurchaseMode
{
    Bulk,
    Pump,
}

/// <summary>
/// The computed allowance: litres retained (per dwelling, capped), allowance per litre from the price bands around the
/// reference threshold, amount; or the refusal reason (fuel not eligible, pump after bulk…).
/// </summary>
public sealed record HeatingAllocationAnswer(
    bool Eligible,
    decimal LitresRetained,
    decimal AllowancePerLitre,
    decimal Amount,
    decimal ReferenceThreshold,
    string? RefusalReason,
    string? AllocationId = null);

/// <summary>HeatingAllocationConsultAllocation: allowances already paid for a person's household in a heating period.</summary>
public sealed record ConsultAllocationRequest(Niss SSIN, int HeatingPeriod);

public sealed record ConsultAllocationAnswer(Niss SSIN, int HeatingPeriod, IReadOnlyList<PaidAllocation> Allocations, decimal LitresRemaining);

public sealed record PaidAllocation(string AllocationId, string Cpas, Niss MainBeneficiary, DateOnly DeliveryDate, PurchaseMode Purchase, decimal Litres, decimal Amount);
