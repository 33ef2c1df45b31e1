using PrimaWeb.Workflows.FederalServices.Heating;

namespace PrimaWeb.Workflows.Simulator.Heating;

/// <summary>
/// The Fund's computation as the simulator does it (heating-allowance.md §4, AR 27 March 2009 art. 1): bands of
/// 2.5 c above the reference threshold T + 0.200, 14 c to 20 c (36 c in the crisis regime of deliveries
/// 1/7/2022–31/3/2023); 1,500 l per heating period (2,000 l for 2022 and 2023); flat pump allowance. The application
/// computes the allowance with the domain's rules; this is the federal side's own answer.
/// </summary>
public static class HeatingCalculator
{
    public const decimal ReferenceThreshold = 0.77m;

    private static readonly DateOnly CrisisStart = new(2022, 7, 1);
    private static readonly DateOnly CrisisEnd = new(2023, 3, 31);

    public static bool IsEligibleFuel(FuelType fuel) => fuel is FuelType.GasOil or FuelType.LampPetroleum or FuelType.BulkPropane;

    public static decimal LitreCap(int heatingPeriod) => heatingPeriod is 2022 or 2023 ? 2000m : 1500m;

    public static decimal PumpFlatAmount(DateOnly delivery) =>
        delivery >= CrisisStart && delivery <= new DateOnly(2022, 12, 31) ? 456m : 210m;

    /// <summary>Cents per litre for a price, inclusive lower bounds (H-5, H-6).</summary>
    public static int CentsPerLitre(decimal pricePerLitre, DateOnly delivery)
    {
        var top = delivery >= CrisisStart && delivery <= CrisisEnd ? 36 : 20;
        var above = pricePerLitre - ReferenceThreshold;
        if (above < 0.200m)
        {
            return 14;
        }

        var band = (int)decimal.Floor((above - 0.200m) / 0.025m) + 1;
        return Math.Min(14 + band, top);
    }
}
