using System.Globalization;
using PrimaWeb.Workflows.Domain.Calculations.Heating;
using PrimaWeb.Workflows.Domain.Calculations.Reference;
using PrimaWeb.Workflows.Simulator.Heating;
using PrimaWeb.Workflows.Testing;

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

    [Theory]
    [InlineData("2022-03-01", 1500)]
    [InlineData("2022-10-01", 2000)]
    [InlineData("2025-03-01", 2000)]
    [InlineData("2026-03-02", 1500)]
    public void LitreCapOn_Delivery_IsTheApplicationsCapOnThatDay(string delivery, int litres)
    {
        var day = DateOnly.Parse(delivery, CultureInfo.InvariantCulture);

        HeatingCalculator.LitreCapOn(day).ShouldBe(litres);
        ApplicationReference().MaxLitres.RowOn(day).Amount("litres").ShouldBe(litres);
    }

    [Theory]
    [InlineData("2022-05-01", 210)]
    [InlineData("2022-09-01", 456)]
    [InlineData("2023-06-01", 456)]
    [InlineData("2024-06-01", 210)]
    public void PumpFlatAmount_Purchase_IsTheApplicationsFlatAmount(string purchase, int amount)
    {
        var day = DateOnly.Parse(purchase, CultureInfo.InvariantCulture);

        HeatingCalculator.PumpFlatAmount(day).ShouldBe(amount);
        new HeatingAllowanceCalculator(ApplicationReference()).Calculate(Pump(day)).Amount.ShouldBe(amount);
    }

    [Fact]
    public void Reference_OfTheSimulatedFund_IsTheRepositorysHeatingFile()
    {
        var embedded = HeatingCalculator.Reference;
        var repository = ApplicationReference();

        foreach (var (fund, application) in new[] { (embedded.MaxLitres, repository.MaxLitres), (embedded.PumpFlatAmount, repository.PumpFlatAmount), (embedded.AllowanceBands, repository.AllowanceBands) })
        {
            fund.Rows.Select(r => (r.From, string.Join(";", r.Amounts.OrderBy(a => a.Key).Select(a => $"{a.Key}={a.Value}"))))
                .ShouldBe(application.Rows.Select(r => (r.From, string.Join(";", r.Amounts.OrderBy(a => a.Key).Select(a => $"{a.Key}={a.Value}")))));
        }
    }

    private static HeatingReferenceData ApplicationReference() => HeatingReferenceData.From(ReferenceDataSet.Parse(
        [new ReferenceDataSource("heating-allowance.json", File.ReadAllText(Repository.PathTo("definitions", "reference", "heating-allowance.json")))]));

    private static HeatingAllowanceRequest Pump(DateOnly day) => new()
    {
        Category = HeatingCategory.LowIncome,
        Fuel = HeatingFuel.HeatingGasOil,
        PurchaseMode = HeatingPurchaseMode.Pump,
        DeliveryDate = day,
        RequestDate = day.AddDays(10),
        InvoicedLitres = 0m,
        PricePerLitre = 0m,
        Incomes = [new HeatingIncome("claimant", HeatingIncomeKind.TaxableIncome, 15000m)],
    };
}
