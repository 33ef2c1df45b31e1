using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Activities.Heating;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Heating;
using PrimaWeb.Workflows.Domain.Requests;
using static PrimaWeb.Workflows.Activities.Tests.Heating.HeatingAllowanceWorkflowTests;

namespace PrimaWeb.Workflows.Activities.Tests.Heating;

/// <summary>
/// The worked examples H-1 … H-18 of heating-allowance.md §6 through the whole heating workflow (the delivery task, the
/// Fund, the household's situation, the decision, SaveAllocation): what the Fund saves, or why the request is refused.
/// H-18 (the reference threshold of a new heating period) is the rule an analyst applies to the reference data: the
/// threshold it keeps is the one a request of the period is paid on (HeatingAllowanceCalculatorTests covers its cases).
/// </summary>
public sealed class HeatingWorkedExamplesTests
{
    public sealed record Example(
        string Id, string Today, string DeliveredOn, decimal Litres, decimal Price, int Dwellings = 1, string Fuel = "HeatingGasOil", string Mode = "Bulk",
        string Category = "Bim", bool Bim = true, bool Omnio = false, decimal? TaxableIncome = null, decimal? SelfEmployed = null, decimal? Cadastral = null,
        decimal[]? Dependants = null)
    {
        public override string ToString() => Id;
    }

    public static TheoryData<Example, decimal> Granted => new()
    {
        { new("H-1", "2026-03-02", "2026-02-20", 1000, 0.95m), 140.00m },
        { new("H-2", "2022-03-10", "2022-03-01", 1800, 1.10m), 300.00m },
        { new("H-3", "2022-10-10", "2022-10-01", 1800, 1.10m), 360.00m },
        { new("H-4", "2022-10-20", "2022-10-15", 2500, 1.50m), 720.00m },
        { new("H-5", "2026-03-02", "2026-02-20", 1000, 0.97m), 150.00m },
        { new("H-6", "2026-03-02", "2026-02-20", 1000, 0.9699m), 140.00m },
        { new("H-7", "2022-11-10", "2022-11-01", 1000, 1.12m), 210.00m },
        { new("H-8", "2026-03-02", "2026-02-20", 6000, 0.95m, Dwellings: 4), 210.00m },
        { new("H-9", "2025-06-10", "2025-06-01", 1000, 0.95m, Category: "LowIncome", Bim: false, TaxableIncome: 33_000, Dependants: [0, 0]), 140.00m },
        { new("H-14", "2026-03-02", "2026-02-20", 1000, 0.95m, Omnio: true, TaxableIncome: 90_000), 140.00m },
    };

    [Theory]
    [MemberData(nameof(Granted))]
    public async Task A_worked_example_is_granted_and_the_Fund_saves_its_amount(Example example, decimal amount)
    {
        var (request, calculation) = await RunAsync(example, "Granted");

        calculation.Eligible.ShouldBeTrue(string.Join(", ", calculation.Refusals));
        calculation.Amount.ShouldBe(amount);
        calculation.Fund.ShouldNotBeNull().Amount.ShouldBe(amount, "the Fund computes what the CPAS does");
        request.LatestDecision.ShouldNotBeNull().Outcome.ShouldBe(DecisionOutcome.Granted);
        request.Status.ShouldBe(RequestStatus.Closed);
    }

    [Fact]
    public async Task H9_a_household_income_of_35000_with_two_dependants_is_above_the_limit_of_33998_45()
    {
        var (request, calculation) = await RunAsync(
            new("H-9", "2025-06-10", "2025-06-01", 1000, 0.95m, Category: "LowIncome", Bim: false, TaxableIncome: 35_000, Dependants: [0, 0]), "Refused");

        calculation.IncomeLimit.ShouldBe(33_998.45m);
        calculation.Refusals.ShouldBe(["income-above-limit"]);
        request.LatestDecision.ShouldNotBeNull().Motivation.ShouldNotBeNull().ShouldContain("plafond");
    }

    [Theory]
    [InlineData("H-10", 29_000d, null, null, new double[] { 0 }, 29_000d, 29_406.60, 1)]
    [InlineData("H-11", null, 12_000d, null, new double[0], 15_000d, 24_814.75, 0)]
    [InlineData("H-12", null, null, 800d, new double[0], 2_400d, 24_814.75, 0)]
    [InlineData("H-13", 20_000d, null, null, new double[] { 4_000 }, 20_000d, 24_814.75, 0)]
    public async Task An_income_example_counts_the_household_and_its_dependants_as_the_notes_do(
        string id, double? taxable, double? selfEmployed, double? cadastral, double[] dependants, double income, double limit, int counted)
    {
        var (_, calculation) = await RunAsync(
            new(id, "2025-06-10", "2025-06-01", 1000, 0.95m, Category: "LowIncome", Bim: false,
                TaxableIncome: (decimal?)taxable, SelfEmployed: (decimal?)selfEmployed, Cadastral: (decimal?)cadastral, Dependants: [.. dependants.Select(d => (decimal)d)]),
            "Granted");

        calculation.HouseholdIncome.ShouldBe((decimal)income);
        calculation.IncomeLimit.ShouldBe((decimal)limit);
        calculation.Dependants.ShouldBe(counted);
    }

    [Fact]
    public async Task H15_bottled_propane_is_refused_when_the_delivery_is_recorded()
    {
        await using var harness = await StartAtAsync("2026-03-02");
        var (_, request) = await FileAsync(harness, bim: true);

        await DeliveryAsync(harness, new DateOnly(2026, 2, 20), 100, 1.50m, fuel: "BottledPropaneOrButane");

        request.LatestDecision.ShouldNotBeNull().Outcome.ShouldBe(DecisionOutcome.Refused);
        request.LatestDecision.Motivation.ShouldNotBeNull().ShouldContain("combustible");
        Records(harness, request, HeatingRecords.Delivery).ShouldHaveSingleItem();
        Records(harness, request, HeatingRecords.FundStatus).ShouldBeEmpty();
    }

    [Fact]
    public async Task H16_a_pump_receipt_after_a_bulk_allowance_of_the_same_heating_period_is_refused()
    {
        await using var harness = await StartAtAsync("2026-03-02");
        var (person, bulk) = await FileAsync(harness, bim: true);
        await DeliveryAsync(harness, new DateOnly(2026, 2, 10), 1000, 0.95m);
        await harness.CompleteAsync(RecordSituation.TaskType, new JsonObject { ["category"] = "Bim" });
        await harness.DeliverOutboxAsync();
        await DecideAsync(harness, "Granted");
        bulk.Status.ShouldBe(RequestStatus.Closed);

        var (@case, pump) = harness.OpenRequest(person, RequestType.HeatingAllowance, harness.Today);
        await harness.StartAsync("heating-allowance", @case, pump, person);
        await harness.DeliverOutboxAsync();
        await DeliveryAsync(harness, new DateOnly(2026, 2, 25), 0, 0, mode: "Pump");
        await harness.CompleteAsync(RecordSituation.TaskType, new JsonObject { ["category"] = "Bim" });
        await harness.DeliverOutboxAsync();
        await CompleteDifferenceIfAnyAsync(harness);
        await DecideAsync(harness, "Refused");

        AidDetails.Read<HeatingCalculation>(Records(harness, pump, HeatingRecords.Calculation)[^1]).Refusals.ShouldContain("pump-exclusive");
        pump.LatestDecision.ShouldNotBeNull().Outcome.ShouldBe(DecisionOutcome.Refused);
    }

    [Fact]
    public async Task H17_a_delivery_of_10_January_2025_asked_for_on_12_March_2025_is_late()
    {
        await using var harness = await StartAtAsync("2025-03-12");
        var (_, request) = await FileAsync(harness, bim: true);

        await DeliveryAsync(harness, new DateOnly(2025, 1, 10), 1000, 0.95m);

        var delivery = AidDetails.Read<HeatingDelivery>(Records(harness, request, HeatingRecords.Delivery).ShouldHaveSingleItem());
        delivery.Deadline.ShouldBe(new DateOnly(2025, 3, 11));
        delivery.Refusals.ShouldBe(["late-request"]);
        request.LatestDecision.ShouldNotBeNull().Outcome.ShouldBe(DecisionOutcome.Refused);
    }

    [Fact]
    public async Task H18_a_period_whose_computed_threshold_moves_by_one_cent_keeps_77_cents_and_its_requests_are_paid_on_it()
    {
        await using var harness = await StartAtAsync("2026-03-02");
        var reference = await harness.InScopeAsync(services => Task.FromResult(services.GetRequiredService<CalculationReferenceData>()));

        var threshold = new HeatingAllowanceCalculator(reference.Heating).ReferenceThresholdFor(new DateOnly(2026, 1, 1), 0.6m, previousThreshold: 0.77m);
        var (_, calculation) = await RunInAsync(harness, new("H-18", "2026-03-02", "2026-02-20", 1000, 0.95m), "Granted");

        threshold.ShouldBe(0.77m, "1.30 × 0.60 = 0.78 moves by less than 0.05: the threshold stays");
        calculation.Fund.ShouldNotBeNull().ReferenceThreshold.ShouldBe(threshold, "the Fund pays on the threshold the rule keeps");
        calculation.AllowancePerLitre.ShouldBe(0.14m, "0.95 − 0.77 = 0.18 falls in the 14 c band");
    }

    private static async Task<(Request Request, HeatingCalculation Calculation)> RunAsync(Example example, string decision)
    {
        await using var harness = await StartAtAsync(example.Today);
        return await RunInAsync(harness, example, decision);
    }

    private static async Task<(Request Request, HeatingCalculation Calculation)> RunInAsync(RequestHarness harness, Example example, string decision)
    {
        var (_, request) = await FileAsync(harness, example.Bim, example.Omnio);
        await DeliveryAsync(harness, DateOnly.Parse(example.DeliveredOn, System.Globalization.CultureInfo.InvariantCulture), example.Litres, example.Price, example.Dwellings, example.Fuel, example.Mode);
        var situation = new JsonObject { ["category"] = example.Category };
        if (example.TaxableIncome is { } taxable)
        {
            situation["taxableIncome"] = taxable;
        }

        if (example.SelfEmployed is { } selfEmployed)
        {
            situation["selfEmployedResult"] = selfEmployed;
        }

        if (example.Cadastral is { } cadastral)
        {
            situation["otherPropertyCadastralIncome"] = cadastral;
        }

        situation["dependants"] = new JsonArray([.. (example.Dependants ?? []).Select(d => (JsonNode)new JsonObject { ["netYearlyIncome"] = d })]);
        await harness.CompleteAsync(RecordSituation.TaskType, situation);
        await harness.DeliverOutboxAsync();
        await CompleteDifferenceIfAnyAsync(harness);
        await DecideAsync(harness, decision);
        return (request, AidDetails.Read<HeatingCalculation>(Records(harness, request, HeatingRecords.Calculation)[^1]));
    }

    private static async Task CompleteDifferenceIfAnyAsync(RequestHarness harness)
    {
        if ((await harness.OpenTasksAsync("heating-difference")).Count > 0)
        {
            await harness.CompleteAsync("heating-difference", new JsonObject { ["note"] = "Vu." });
        }
    }

    private static Task<RequestHarness> StartAtAsync(string day) =>
        RequestHarness.StartAsync(start: new DateTimeOffset(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(9, 0), TimeSpan.Zero));
}
