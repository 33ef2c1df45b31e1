using PrimaWeb.Workflows.Domain.Calculations.Heating;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.People;

namespace PrimaWeb.Workflows.Activities.Heating;

/// <summary>The kinds of <see cref="AidRecord"/> the heating allowance keeps, and their typed details (ADR 0502), read and written by <see cref="Aid.AidDetails"/>.</summary>
public static class HeatingRecords
{
    public const string Delivery = "heating-delivery";
    public const string FundStatus = "heating-fund-status";
    public const string Calculation = "heating-calculation";
    public const string Allocation = "heating-allocation";
}

/// <summary>The invoice or pump receipt, as recorded at filing, and what its checks found; the dwelling is null for a delivery recorded before the form asked for it.</summary>
public sealed record HeatingDelivery(
    DateOnly DeliveredOn,
    HeatingFuel Fuel,
    HeatingPurchaseMode PurchaseMode,
    decimal Litres,
    decimal PricePerLitre,
    int Dwellings,
    string? InvoiceNumber,
    bool ForceMajeure,
    DateOnly Deadline,
    IReadOnlyList<string> Refusals,
    Address? Dwelling = null);

/// <summary>What the Fund's database said: each member's BIM/OMNIO status on the delivery day and the allowances already paid.</summary>
public sealed record HeatingFundStatus(IReadOnlyList<HeatingMemberStatus> Members, IReadOnlyList<HeatingPaidAllocation> Allocations, decimal LitresRemaining);

public sealed record HeatingMemberStatus(Guid PersonId, bool Bim, bool Omnio);

public sealed record HeatingPaidAllocation(string AllocationId, DateOnly DeliveryDate, HeatingPurchaseMode Purchase, decimal Litres, decimal Amount);

/// <summary>The household's situation as the social worker stated it, the CPAS's calculation and, once asked, the Fund's.</summary>
public sealed record HeatingCalculation(
    HeatingCategory Category,
    HeatingBimStatus BimStatus,
    decimal? HouseholdIncome,
    decimal? IncomeLimit,
    int Dependants,
    bool Eligible,
    decimal Amount,
    decimal? LitresAllowed,
    decimal? AllowancePerLitre,
    IReadOnlyList<string> Refusals,
    HeatingFundComputation? Fund = null);

public sealed record HeatingFundComputation(bool Eligible, decimal Amount, decimal LitresRetained, decimal AllowancePerLitre, decimal ReferenceThreshold, string? RefusalReason);

/// <summary>The allocation the Fund saved: its id and amount.</summary>
public sealed record HeatingAllocationSaved(string AllocationId, decimal Amount, decimal LitresRetained, decimal AllowancePerLitre);
