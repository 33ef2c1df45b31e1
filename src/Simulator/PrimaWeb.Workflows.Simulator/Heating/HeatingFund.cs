using System.Globalization;
using PrimaWeb.Workflows.FederalServices.Heating;

namespace PrimaWeb.Workflows.Simulator.Heating;

/// <summary>The heating allowance database: computes, saves and lists allowances per household and heating period. Used under the state's lock.</summary>
public sealed class HeatingFund
{
    private readonly List<(int Household, int Year, PaidAllocation Allocation)> _paid = [];
    private int _sequence;

    public IReadOnlyList<PaidAllocation> PaidFor(int household, int year) =>
        [.. _paid.Where(p => p.Household == household && p.Year == year).Select(p => p.Allocation)];

    /// <summary>What a period still allows: the cap it ends with, or — for a delivery — the cap on the delivery's day.</summary>
    public decimal LitresRemaining(int household, int year, DateOnly? delivery = null) =>
        Math.Max(0, (delivery is { } day ? HeatingCalculator.LitreCapOn(day) : HeatingCalculator.LitreCap(year))
            - PaidFor(household, year).Where(p => p.Purchase == PurchaseMode.Bulk).Sum(p => p.Litres));

    public HeatingAllocationAnswer Compute(int household, HeatingAllocationRequest request)
    {
        if (!HeatingCalculator.Covers(request.DeliveryDate))
        {
            return Refused($"No heating allowance figures are in force on {request.DeliveryDate:yyyy-MM-dd}.", request.DeliveryDate);
        }

        if (!HeatingCalculator.IsEligibleFuel(request.Fuel))
        {
            return Refused($"Fuel {request.Fuel} is not eligible.", request.DeliveryDate);
        }

        var paid = PaidFor(household, request.HeatingPeriod);
        if (request.Purchase == PurchaseMode.Pump)
        {
            if (paid.Any(p => p.Purchase == PurchaseMode.Bulk))
            {
                return Refused("A bulk allowance was already paid in this heating period; pump and bulk are exclusive.", request.DeliveryDate);
            }

            if (paid.Any(p => p.Purchase == PurchaseMode.Pump))
            {
                return Refused("The flat pump allowance was already paid in this heating period.", request.DeliveryDate);
            }

            var flat = HeatingCalculator.PumpFlatAmount(request.DeliveryDate);
            return new HeatingAllocationAnswer(true, 0, 0, flat, HeatingCalculator.ReferenceThresholdOn(request.DeliveryDate), null);
        }

        if (paid.Any(p => p.Purchase == PurchaseMode.Pump))
        {
            return Refused("The flat pump allowance was already paid in this heating period; pump and bulk are exclusive.", request.DeliveryDate);
        }

        var perDwelling = request.Litres / Math.Max(1, request.Dwellings);
        var retained = Math.Min(perDwelling, LitresRemaining(household, request.HeatingPeriod, request.DeliveryDate));
        if (retained <= 0)
        {
            return Refused("The litres of this heating period are used up.", request.DeliveryDate);
        }

        var cents = HeatingCalculator.CentsPerLitre(request.PricePerLitre, request.DeliveryDate);
        var amount = Math.Round(retained * cents / 100m, 2, MidpointRounding.AwayFromZero);
        return new HeatingAllocationAnswer(true, retained, cents / 100m, amount, HeatingCalculator.ReferenceThresholdOn(request.DeliveryDate), null);
    }

    public HeatingAllocationAnswer Save(int household, string cpas, HeatingAllocationRequest request)
    {
        var computed = Compute(household, request);
        if (!computed.Eligible)
        {
            return computed;
        }

        _sequence++;
        var id = string.Create(CultureInfo.InvariantCulture, $"H{request.HeatingPeriod}{_sequence:000000}");
        var litres = request.Purchase == PurchaseMode.Bulk ? computed.LitresRetained : 0;
        _paid.Add((household, request.HeatingPeriod,
            new PaidAllocation(id, cpas, request.MainBeneficiary, request.DeliveryDate, request.Purchase, litres, computed.Amount)));
        return computed with { AllocationId = id };
    }

    private static HeatingAllocationAnswer Refused(string reason, DateOnly delivery) =>
        new(false, 0, 0, 0, HeatingCalculator.Covers(delivery) ? HeatingCalculator.ReferenceThresholdOn(delivery) : 0m, reason);
}
