using System.Globalization;
using PrimaWeb.Workflows.Simulator.Heating;

namespace PrimaWeb.Workflows.Simulator.Tests.Heating;

/// <summary>Cases H-1..H-7 of heating-allowance.md, on the simulator's own computation.</summary>
public sealed class HeatingCalculatorTests
{
    [Theory]
    [InlineData("0.95", "2025-03-01", 14)]
    [InlineData("0.97", "2025-03-01", 15)]
    [InlineData("0.9699", "2025-03-01", 14)]
    [InlineData("1.10", "2022-03-01", 20)]
    [InlineData("1.10", "2022-10-01", 20)]
    [InlineData("1.12", "2022-10-01", 21)]
    [InlineData("1.50", "2022-10-15", 36)]
    [InlineData("1.50", "2024-10-15", 20)]
    public void CentsPerLitre_PriceAndDelivery_FollowTheBands(string price, string delivery, int cents) =>
        HeatingCalculator.CentsPerLitre(decimal.Parse(price, CultureInfo.InvariantCulture), DateOnly.Parse(delivery, CultureInfo.InvariantCulture)).ShouldBe(cents);

    [Theory]
    [InlineData(2021, 1500)]
    [InlineData(2022, 2000)]
    [InlineData(2023, 2000)]
    [InlineData(2026, 1500)]
    public void LitreCap_HeatingPeriod_IsTheDecreesCap(int year, int litres) =>
        HeatingCalculator.LitreCap(year).ShouldBe(litres);
}
