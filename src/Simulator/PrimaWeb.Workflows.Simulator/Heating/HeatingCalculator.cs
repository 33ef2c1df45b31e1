using System.Reflection;
using PrimaWeb.Workflows.Domain.Calculations.Heating;
using PrimaWeb.Workflows.Domain.Calculations.Reference;
using PrimaWeb.Workflows.FederalServices.Heating;

namespace PrimaWeb.Workflows.Simulator.Heating;

/// <summary>
/// The Fund's computation, on the application's own rule and figures: the dated tables of
/// definitions/reference/heating-allowance.json (embedded in this assembly, so the simulator run alone reads the same
/// file) and the domain's band formula (<see cref="HeatingAllowanceCalculator.AllowancePerLitre"/>). One computation:
/// where a figure is unverified, the simulated Fund and the application's calculator are wrong together, and an
/// analyst corrects both in one row (heating-allowance.md §4).
/// </summary>
public static class HeatingCalculator
{
    private const string ResourceName = "heating-allowance.json";

    private static readonly Lazy<HeatingReferenceData> Data = new(Load);

    /// <summary>The heating tables the Fund computes with.</summary>
    public static HeatingReferenceData Reference => Data.Value;

    public static bool IsEligibleFuel(FuelType fuel) => fuel is FuelType.GasOil or FuelType.LampPetroleum or FuelType.BulkPropane;

    /// <summary>True when every figure the Fund reads is in force on the delivery's day.</summary>
    public static bool Covers(DateOnly delivery) =>
        new[] { Reference.ReferenceThreshold, Reference.AllowanceBands, Reference.MaxLitres, Reference.PumpFlatAmount }.All(t => t.Covers(delivery));

    /// <summary>The reference threshold T of the delivery's heating period.</summary>
    public static decimal ReferenceThresholdOn(DateOnly delivery) => Reference.ReferenceThreshold.RowOn(delivery).Amount("threshold");

    /// <summary>The litre cap of a delivery (the decrees' caps change within a period, e.g. from 1 July 2022).</summary>
    public static decimal LitreCapOn(DateOnly delivery) => Reference.MaxLitres.RowOn(delivery).Amount("litres");

    /// <summary>The cap a heating period (calendar year) ends with: what is left of it is what the period still allows.</summary>
    public static decimal LitreCap(int heatingPeriod) => LitreCapOn(new DateOnly(heatingPeriod, 12, 31));

    public static decimal PumpFlatAmount(DateOnly delivery) => Reference.PumpFlatAmount.RowOn(delivery).Amount("amount");

    /// <summary>Cents per litre for a price, inclusive lower bounds (H-5, H-6).</summary>
    public static int CentsPerLitre(decimal pricePerLitre, DateOnly delivery) =>
        (int)(HeatingAllowanceCalculator.AllowancePerLitre(pricePerLitre, ReferenceThresholdOn(delivery), Reference.AllowanceBands.RowOn(delivery)) * 100m);

    private static HeatingReferenceData Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The simulator lacks its embedded {ResourceName}.");
        using var reader = new StreamReader(stream);
        var set = ReferenceDataSet.Parse([new ReferenceDataSource("definitions/reference/" + ResourceName, reader.ReadToEnd())]);
        return HeatingReferenceData.From(set);
    }
}
