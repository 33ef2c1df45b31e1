using System.Globalization;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Activities.Heating;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Heating;
using PrimaWeb.Workflows.FederalServices.Investigation;

namespace PrimaWeb.Workflows.Activities.Tests.Heating;

/// <summary>
/// definitions/heating-allowance/v1.json on the engine, the in-memory case file and the simulated Fund (issue 18
/// point 1): the category from the BIM status or the income, a late request refused with its letter, and no double
/// payment of one delivery.
/// </summary>
public sealed class HeatingAllowanceWorkflowTests
{
    [Fact]
    public async Task A_BIM_household_is_category_1_without_income_check_and_the_Fund_saves_140_euros_for_1000_litres_at_95_cents()
    {
        await using var harness = await RequestHarness.StartAsync();
        var (person, request) = await FileAsync(harness, bim: true);

        await DeliveryAsync(harness, harness.Today.AddDays(-10), litres: 1000, price: 0.95m);
        await harness.CompleteAsync(RecordSituation.TaskType, new JsonObject { ["category"] = "Bim" });
        await harness.DeliverOutboxAsync();
        await DecideAsync(harness, "Granted");

        var saved = Records(harness, request, HeatingRecords.Allocation).ShouldHaveSingleItem();
        saved.Amount.ShouldBe(140.00m, "H-1: 14 c × 1,000 l");
        var calculation = AidDetails.Read<HeatingCalculation>(Records(harness, request, HeatingRecords.Calculation)[^1]);
        calculation.BimStatus.ShouldBe(Domain.Calculations.Heating.HeatingBimStatus.SingleBimPerson);
        calculation.HouseholdIncome.ShouldBeNull("a single BIM person needs no income check");
        calculation.Fund.ShouldNotBeNull().Amount.ShouldBe(140.00m);
        request.Status.ShouldBe(RequestStatus.Closed);
        request.LatestDecision!.Outcome.ShouldBe(DecisionOutcome.Granted);
        var integration = harness.CaseFile.Register(RequestHarness.Tenant, person.Niss).Integrations.ShouldHaveSingleItem();
        integration.Code.ShouldBe(CapacityCode.HeatingAllowance);
        integration.End.ShouldBe(new DateOnly(harness.Today.Year, 12, 31));
        var letter = harness.CaseFile.Records.OfType<NotificationLetter>().ShouldHaveSingleItem();
        letter.Template.ShouldBe("heating-allowance-decision.fr");
        letter.Content.ShouldContain("octroyée");
        letter.Content.ShouldContain("140,00");
        letter.Content.ShouldContain("tribunal du travail");
    }

    [Fact]
    public async Task A_household_without_BIM_is_category_2_when_its_income_is_below_the_limit()
    {
        await using var harness = await RequestHarness.StartAsync();
        var (_, request) = await FileAsync(harness, bim: false);

        await DeliveryAsync(harness, harness.Today.AddDays(-5), litres: 1800, price: 1.10m);
        await harness.CompleteAsync(RecordSituation.TaskType, new JsonObject { ["category"] = "LowIncome", ["taxableIncome"] = 20_000 });
        await harness.DeliverOutboxAsync();
        await DecideAsync(harness, "Granted");

        var calculation = AidDetails.Read<HeatingCalculation>(Records(harness, request, HeatingRecords.Calculation)[^1]);
        calculation.Category.ShouldBe(Domain.Calculations.Heating.HeatingCategory.LowIncome);
        calculation.HouseholdIncome.ShouldBe(20_000m);
        calculation.IncomeLimit.ShouldBe(24_814.75m);
        Records(harness, request, HeatingRecords.Allocation).ShouldHaveSingleItem().Amount.ShouldBe(300.00m, "20 c × the 1,500 l cap (H-2's bands)");
        request.Status.ShouldBe(RequestStatus.Closed);
    }

    [Fact]
    public async Task A_request_filed_61_days_after_the_delivery_is_refused_at_once_with_a_letter_stating_the_deadline_and_the_appeal()
    {
        await using var harness = await RequestHarness.StartAsync();
        var (person, request) = await FileAsync(harness, bim: true);

        await DeliveryAsync(harness, harness.Today.AddDays(-61), litres: 1000, price: 0.95m);

        request.LatestDecision.ShouldNotBeNull().Outcome.ShouldBe(DecisionOutcome.Refused);
        request.LatestDecision.Motivation.ShouldNotBeNull().ShouldContain("60 jours");
        request.Status.ShouldBe(RequestStatus.Closed);
        harness.CaseFile.Register(RequestHarness.Tenant, person.Niss).Integrations.ShouldBeEmpty("nothing is asked of the Fund for a late request");
        var letter = harness.CaseFile.Records.OfType<NotificationLetter>().ShouldHaveSingleItem();
        letter.Content.ShouldContain("refusée");
        letter.Content.ShouldContain("60 jours");
        letter.Content.ShouldContain("3 mois");
        (await harness.OpenTasksAsync()).Where(t => t.TaskType != "decision-reminder").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_delivery_the_Fund_already_paid_through_another_CPAS_is_refused_and_its_integration_ended()
    {
        await using var harness = await RequestHarness.StartAsync();
        var (person, second) = await FileAsync(harness, bim: true);
        var deliveredOn = harness.Today.AddDays(-10);

        // The household moved: the CPAS of its former municipality was paid for this delivery, which this CPAS cannot see
        // in its own cases, only at the Fund.
        var state = harness.Simulator.State;
        lock (state.Gate)
        {
            var household = state.Population.Persons.Single(p => p.Niss == person.Niss).HouseholdId;
            state.Heating.Save(household, "OTHER", new HeatingAllocationRequest(
                person.Niss, [], deliveredOn.Year, 1, FuelType.GasOil, PurchaseMode.Bulk, deliveredOn, 1000, 0.95m)).Eligible.ShouldBeTrue();
        }

        await DeliveryAsync(harness, deliveredOn, litres: 1000, price: 0.95m);
        await harness.CompleteAsync(RecordSituation.TaskType, new JsonObject { ["category"] = "Bim" });
        await harness.DeliverOutboxAsync();

        // The Fund would pay what is left of the 1,500 l; the CPAS refuses: the social worker sees the difference first.
        (await harness.OpenTasksAsync("heating-difference")).ShouldHaveSingleItem();
        await harness.CompleteAsync("heating-difference", new JsonObject { ["note"] = "Même livraison que la demande précédente." });
        await DecideAsync(harness, "Refused");

        var calculation = AidDetails.Read<HeatingCalculation>(Records(harness, second, HeatingRecords.Calculation)[^1]);
        calculation.Refusals.ShouldContain("delivery-already-paid");
        second.LatestDecision.ShouldNotBeNull().Outcome.ShouldBe(DecisionOutcome.Refused);
        second.LatestDecision.Motivation.ShouldNotBeNull().ShouldContain("déjà été payée");
        Records(harness, second, HeatingRecords.Allocation).ShouldBeEmpty();
        second.Status.ShouldBe(RequestStatus.Closed);
        harness.CaseFile.Register(RequestHarness.Tenant, person.Niss).Integrations
            .Where(i => !i.IsCancelled).Max(i => i.End).ShouldBe(harness.Today, "the refusal ends the code 40 integration on the decision day");
    }

    [Fact]
    public async Task A_second_household_claiming_the_same_delivery_for_the_same_dwelling_is_refused_at_once_with_its_letter()
    {
        await using var harness = await RequestHarness.StartAsync();
        var deliveredOn = harness.Today.AddDays(-10);
        var (_, first) = await FileAsync(harness, bim: true);
        await DeliveryAsync(harness, deliveredOn, litres: 1000, price: 0.95m);
        first.Status.ShouldBe(RequestStatus.UnderInvestigation);

        // Another household of the CPAS, the same invoice typed another way for the same dwelling.
        var (person, second) = await FileAsync(harness, bim: true);
        await DeliveryAsync(harness, deliveredOn, litres: 1000, price: 0.95m, street: "rue de la station");

        var delivery = AidDetails.Read<HeatingDelivery>(Records(harness, second, HeatingRecords.Delivery).ShouldHaveSingleItem());
        delivery.Refusals.ShouldBe([RecordDelivery.DwellingAlreadyClaimed]);
        delivery.Dwelling.ShouldNotBeNull().PostalCode.ShouldBe("5000");
        second.LatestDecision.ShouldNotBeNull().Outcome.ShouldBe(DecisionOutcome.Refused);
        second.LatestDecision.Motivation.ShouldNotBeNull().ShouldContain("même livraison dans ce logement");
        harness.CaseFile.Register(RequestHarness.Tenant, person.Niss).Integrations.ShouldBeEmpty("nothing is asked of the Fund for a double claim");
        harness.CaseFile.Records.OfType<NotificationLetter>().Single(l => l.RequestId == second.Id).Content.ShouldContain("même livraison dans ce logement");
        first.LatestDecision.ShouldBeNull("the first household's request goes on");
    }

    [Fact]
    public async Task The_same_delivery_day_for_another_flat_of_the_building_is_not_a_double_claim()
    {
        await using var harness = await RequestHarness.StartAsync();
        var deliveredOn = harness.Today.AddDays(-10);
        await FileAsync(harness, bim: true);
        await DeliveryAsync(harness, deliveredOn, litres: 6000, price: 0.95m, dwellings: 4, box: "1");

        var (_, second) = await FileAsync(harness, bim: true);
        await DeliveryAsync(harness, deliveredOn, litres: 6000, price: 0.95m, dwellings: 4, box: "2");

        AidDetails.Read<HeatingDelivery>(Records(harness, second, HeatingRecords.Delivery).ShouldHaveSingleItem()).Refusals.ShouldBeEmpty();
        second.LatestDecision.ShouldBeNull();
        (await harness.OpenTasksAsync(RecordSituation.TaskType)).Count.ShouldBe(2, "both households go on to their situation");
    }

    internal static async Task<(Person Person, Request Request)> FileAsync(RequestHarness harness, bool bim, bool omnio = false)
    {
        var simulated = harness.Adults().First(p => p.Insurability.Count == 0 && !p.Omnio);
        simulated.Insurability.Add(new InsurabilityPeriod(300, "Solidaris", new Period(new DateOnly(2010, 1, 1)), true, bim));
        simulated.Omnio = omnio;
        var person = harness.AddPerson(simulated);
        var (@case, request) = harness.OpenRequest(person, RequestType.HeatingAllowance, harness.Today);
        await harness.StartAsync("heating-allowance", @case, request, person);
        await harness.DeliverOutboxAsync();
        return (person, request);
    }

    internal static async Task DeliveryAsync(
        RequestHarness harness, DateOnly deliveredOn, decimal litres, decimal price, int dwellings = 1, string fuel = "HeatingGasOil", string mode = "Bulk",
        string street = "Rue de la Station", string? box = null)
    {
        await harness.CompleteAsync(RecordDelivery.TaskType, new JsonObject
        {
            ["deliveredOn"] = deliveredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["fuel"] = fuel,
            ["purchaseMode"] = mode,
            ["litres"] = litres,
            ["pricePerLitre"] = price,
            ["dwellings"] = dwellings,
            ["street"] = street,
            ["houseNumber"] = "12",
            ["box"] = box,
            ["postalCode"] = "5000",
            ["municipality"] = "Namur",
        });
        await harness.DeliverOutboxAsync();
    }

    internal static async Task DecideAsync(RequestHarness harness, string decision)
    {
        await harness.CompleteAsync(RecordHeatingDecision.TaskType, new JsonObject
        {
            ["decision"] = decision,
            ["decidedOn"] = harness.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, RequestHarness.Manager);
        await harness.DeliverOutboxAsync();
    }

    internal static List<AidRecord> Records(RequestHarness harness, Request request, string kind) =>
        [.. harness.CaseFile.Records.OfType<AidRecord>().Where(r => r.RequestId == request.Id && r.Kind == kind)];
}
