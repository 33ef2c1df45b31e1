using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Heating;
using PrimaWeb.Workflows.FederalServices.Tests.Support;
using PrimaWeb.Workflows.Simulator.Population;

namespace PrimaWeb.Workflows.FederalServices.Tests.Heating;

public sealed class HeatingClientTests
{
    [Fact]
    public async Task CheckBimOmnioStatusAsync_OmnioHousehold_ReportsOmnio()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Omnio, code: 40);

        var answer = await harness.Heating.CheckBimOmnioStatusAsync(harness.Context(), new RvvBimOmnioStatusRequest(person.Niss, harness.Today));

        answer.Omnio.ShouldBeTrue();
        answer.MutualityCode.ShouldBe(person.Insurability[0].MutualityCode);
    }

    [Fact]
    public async Task ComputeAllocationAsync_1000LitresAt95Cents_Pays14CentsALitre()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var main = Integrated(harness);

        var answer = await harness.Heating.ComputeAllocationAsync(harness.Context(), Bulk(main, 1000m, 0.95m));

        answer.Eligible.ShouldBeTrue();
        answer.AllowancePerLitre.ShouldBe(0.14m);
        answer.Amount.ShouldBe(140.00m);
    }

    [Fact]
    public async Task SaveAllocationAsync_ThenConsult_ShowsTheAllowanceAndTheLitresLeft()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var main = Integrated(harness);

        var saved = await harness.Heating.SaveAllocationAsync(harness.Context(), Bulk(main, 1000m, 1.10m));
        var consulted = await harness.Heating.ConsultAllocationAsync(harness.Context(), new ConsultAllocationRequest(main.Niss, 2026));

        saved.AllocationId.ShouldNotBeNull();
        saved.Amount.ShouldBe(200.00m);
        var paid = consulted.Allocations.ShouldHaveSingleItem();
        paid.AllocationId.ShouldBe(saved.AllocationId);
        paid.Cpas.ShouldBe(GatewayHarness.Cpas);
        consulted.LitresRemaining.ShouldBe(500m);
    }

    [Fact]
    public async Task SaveAllocationAsync_PumpAfterBulk_IsRefused()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var main = Integrated(harness);
        await harness.Heating.SaveAllocationAsync(harness.Context(), Bulk(main, 500m, 1.00m));

        var pump = await harness.Heating.SaveAllocationAsync(harness.Context(), Bulk(main, 20m, 1.00m) with { Purchase = PurchaseMode.Pump });

        pump.Eligible.ShouldBeFalse();
        pump.RefusalReason.ShouldNotBeNull().ShouldContain("exclusive");
    }

    [Fact]
    public async Task ComputeAllocationAsync_BottledPropane_IsNotEligible()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var main = Integrated(harness);

        var answer = await harness.Heating.ComputeAllocationAsync(harness.Context(), Bulk(main, 100m, 1.00m) with { Fuel = FuelType.BottledPropane });

        answer.Eligible.ShouldBeFalse();
        answer.Amount.ShouldBe(0m);
    }

    private static SimulatedPerson Integrated(GatewayHarness harness)
    {
        var main = harness.Person(p => p.Profile == PersonProfile.Pensioner);
        harness.Integrate(main.Niss, 40, Period.Year(2026));
        return main;
    }

    private static HeatingAllocationRequest Bulk(SimulatedPerson main, decimal litres, decimal price) =>
        new(main.Niss, [], 2026, 1, FuelType.GasOil, PurchaseMode.Bulk, new DateOnly(2026, 3, 2), litres, price);
}
