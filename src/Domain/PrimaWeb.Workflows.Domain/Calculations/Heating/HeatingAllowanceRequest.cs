namespace PrimaWeb.Workflows.Domain.Calculations.Heating;

/// <summary>Input of a heating-allowance calculation for one invoice (bulk) or one pump receipt.</summary>
public sealed record HeatingAllowanceRequest
{
    public required HeatingCategory Category { get; init; }

    public required HeatingFuel Fuel { get; init; }

    public required HeatingPurchaseMode PurchaseMode { get; init; }

    public required DateOnly DeliveryDate { get; init; }

    public required DateOnly RequestDate { get; init; }

    /// <summary>Litres on the invoice (bulk); for a building, the invoice of all the dwellings it covers.</summary>
    public decimal InvoicedLitres { get; init; }

    /// <summary>Price actually paid per litre, VAT included, additives invoiced separately excluded (bulk).</summary>
    public decimal PricePerLitre { get; init; }

    /// <summary>Number of dwellings the invoice covers (apartment building); 1 for a house.</summary>
    public int DwellingsCovered { get; init; } = 1;

    public HeatingBimStatus BimStatus { get; init; } = HeatingBimStatus.None;

    public IReadOnlyList<HeatingIncome> Incomes { get; init; } = [];

    public IReadOnlyList<HeatingPossibleDependant> PossibleDependants { get; init; } = [];

    public bool InDebtMediation { get; init; }

    public bool CannotPayInvoice { get; init; }

    public bool CpasConfirmsNeed { get; init; }

    /// <summary>Litres already granted to the household in the same heating period (calendar year).</summary>
    public decimal LitresAlreadyGrantedInPeriod { get; init; }

    public bool BulkAllowanceGrantedInPeriod { get; init; }

    public bool PumpAllowanceGrantedInPeriod { get; init; }

    /// <summary>The Fund already paid an allowance for this delivery (same day, same purchase mode): never paid twice.</summary>
    public bool DeliveryAlreadyPaid { get; init; }

    /// <summary>Force majeure confirmed by the CPAS: the only excuse for a late request.</summary>
    public bool ForceMajeure { get; init; }

    /// <summary>Resident of a rest home or hospital: excluded.</summary>
    public bool LivesInCareInstitution { get; init; }
}
