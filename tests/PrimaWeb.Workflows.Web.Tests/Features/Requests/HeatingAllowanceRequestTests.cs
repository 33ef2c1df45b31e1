using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace PrimaWeb.Workflows.Web.Tests.Features.Requests;

/// <summary>
/// Issue 18 point 1 through the API on the real definition (heating-allowance/v1) and the simulator: filed from
/// <c>POST /api/cases/{id}/requests</c> with its delivery and dwelling, its tasks completed by the social worker and the
/// manager, the case file holding the delivery, both calculations, the allocation saved at the Fund and the letter.
/// </summary>
public sealed class HeatingAllowanceRequestTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly RequestWorkflowApp _app;

    public HeatingAllowanceRequestTests() => _app = new RequestWorkflowApp(_clock);

    public void Dispose()
    {
        _app.Dispose();
        PrimaWebFactory.DeleteDatabase(_app.DatabaseFile);
    }

    [Fact]
    public async Task HeatingAllowance_ForABimPersonLivingAlone_IsGrantedAtTheFundsAmountAndNotifiedInFrench()
    {
        var deliveredOn = _app.Today.AddDays(-12);
        var person = SimulatedPersons.LivingAlone(p => p.Insurability.Any(i => i.IncreasedReimbursement && i.Period.Contains(deliveredOn)) && !p.Omnio);
        var flow = await FileAsync(person.Niss.ToString(), Delivery(deliveredOn, litres: 1200, price: 1.00m));

        (await flow.FindTaskAsync(flow.Worker, "heating-delivery")).ShouldBeNull("the delivery was given at filing");
        await flow.CompleteAsync(flow.Worker, "heating-situation", new JsonObject { ["category"] = "Bim" });
        await flow.CompleteAsync(flow.Manager, "heating-decision", new JsonObject { ["decision"] = "Granted", ["decidedOn"] = RequestFlow.Date(_app.Today) });

        var file = await flow.FileAsync();
        var aids = file.GetProperty("aids").EnumerateArray().ToList();
        aids.Select(a => a.GetProperty("kind").GetString()).ShouldBe(
            ["heating-delivery", "heating-fund-status", "heating-calculation", "heating-calculation", "heating-allocation"]);
        aids[^1].GetProperty("amount").GetDecimal().ShouldBe(192.00m, "16 c × 1,200 l: 1.00 €/l is in the band from T + 0.225 = 0.995");
        var decision = file.GetProperty("decisions").EnumerateArray().ShouldHaveSingleItem();
        decision.GetProperty("outcome").GetString().ShouldBe("Granted");
        decision.GetProperty("effectiveFrom").GetString().ShouldBe(RequestFlow.Date(deliveredOn));
        var letter = file.GetProperty("letters").EnumerateArray().ShouldHaveSingleItem();
        var text = await flow.LetterTextAsync(letter);
        text.ShouldContain("allocation de chauffage");
        text.ShouldContain("192,00");
        text.ShouldContain("1.200 l");
        text.ShouldContain("0,16 €/l");
        text.ShouldContain("Rue de Fer 12 bte 3, 5000 Namur");
        (await flow.RequestAsync()).GetProperty("status").GetString().ShouldBe("Closed");
        file.GetProperty("integrations").EnumerateArray().ShouldContain(i => i.GetProperty("code").GetInt32() == 40
            && i.GetProperty("end").GetString() == "2026-12-31");
    }

    [Fact]
    public async Task HeatingAllowance_InGent_IsGrantedAndNotifiedInDutchNamingTheDwellingAndTheAppeal()
    {
        var deliveredOn = _app.Today.AddDays(-20);
        var person = SimulatedPersons.LivingAlone(p => !p.Omnio && !p.Insurability.Any(i => i.IncreasedReimbursement && i.Period.Contains(deliveredOn)));
        var flow = await FileAsync(person.Niss.ToString(), Delivery(deliveredOn, litres: 1000, price: 0.95m), cpas: "gent");

        await flow.CompleteAsync(flow.Worker, "heating-situation", new JsonObject { ["category"] = "LowIncome", ["taxableIncome"] = 19_500 });
        await flow.CompleteAsync(flow.Manager, "heating-decision", new JsonObject { ["decision"] = "Granted", ["decidedOn"] = RequestFlow.Date(_app.Today) });

        var letter = (await flow.FileAsync()).GetProperty("letters").EnumerateArray().ShouldHaveSingleItem();
        letter.GetProperty("template").GetString().ShouldBe("heating-allowance-decision.nl");
        var text = await flow.LetterTextAsync(letter);
        text.ShouldContain("verwarmingstoelage");
        text.ShouldContain("140,00");
        text.ShouldContain("Rue de Fer 12 bus 3, 5000 Namur");
        text.ShouldContain("arbeidsrechtbank");
        text.ShouldNotContain("allocation de chauffage");
    }

    [Fact]
    public async Task HeatingAllowance_FiledSixtyOneDaysAfterTheDelivery_IsRefusedWithItsLetterAndNoTaskLeft()
    {
        var person = SimulatedPersons.LivingAlone(p => !p.Omnio);
        var flow = await FileAsync(person.Niss.ToString(), Delivery(_app.Today.AddDays(-61), litres: 800, price: 0.95m));

        var file = await flow.FileAsync();
        var decision = file.GetProperty("decisions").EnumerateArray().ShouldHaveSingleItem();
        decision.GetProperty("outcome").GetString().ShouldBe("Refused");
        decision.GetProperty("motivation").GetString().ShouldNotBeNull().ShouldContain("60 jours");
        var text = await flow.LetterTextAsync(file.GetProperty("letters").EnumerateArray().ShouldHaveSingleItem());
        text.ShouldContain("refusée");
        text.ShouldContain("tribunal du travail");
        (await flow.RequestAsync()).GetProperty("status").GetString().ShouldBe("Closed");
        (await flow.FindTaskAsync(flow.Worker, "heating-situation")).ShouldBeNull();
    }

    [Fact]
    public async Task HeatingAllowance_WithBottledPropane_IsRefusedOnTheFuelWithoutAskingTheFund()
    {
        var person = SimulatedPersons.LivingAlone(p => !p.Omnio);
        var delivery = Delivery(_app.Today.AddDays(-3), litres: 100, price: 1.50m);
        delivery["fuel"] = "BottledPropaneOrButane";

        var flow = await FileAsync(person.Niss.ToString(), delivery);

        var file = await flow.FileAsync();
        file.GetProperty("decisions").EnumerateArray().ShouldHaveSingleItem().GetProperty("motivation").GetString()
            .ShouldNotBeNull().ShouldContain("combustible");
        file.GetProperty("aids").EnumerateArray().Select(a => a.GetProperty("kind").GetString()).ShouldBe(["heating-delivery"], "H-15: the Fund is never asked");
    }

    [Fact]
    public async Task HeatingAllowance_InACpasThatDelegatedTheDecision_IsDecidedByTheCasesSocialWorker()
    {
        using var delegated = new RequestWorkflowApp(_clock, new Dictionary<string, string?> { ["DecisionDelegation:cpas-namur:HeatingAllowance"] = "SocialWorker" }, _ => { });
        try
        {
            var person = SimulatedPersons.LivingAlone(p => !p.Omnio);
            // Received by post without the invoice's figures: the delivery task waits in the inbox.
            var flow = await FileAsync(person.Niss.ToString(), on: delegated);
            await flow.CompleteAsync(flow.Worker, "heating-delivery", Delivery(delegated.Today.AddDays(-4), litres: 1000, price: 0.95m));
            await flow.CompleteAsync(flow.Worker, "heating-situation", new JsonObject { ["category"] = "LowIncome", ["taxableIncome"] = 18_000 });

            var task = (await flow.FindTaskAsync(flow.Worker, "heating-decision")).ShouldNotBeNull();
            task.GetProperty("candidateRole").GetString().ShouldBe("SocialWorker", "the Council delegated it");
            task.GetProperty("assignee").GetString().ShouldBe("namur-social-worker");
            await flow.CompleteAsync(flow.Worker, "heating-decision", new JsonObject { ["decision"] = "Granted", ["decidedOn"] = RequestFlow.Date(delegated.Today) });

            var file = await flow.FileAsync();
            file.GetProperty("decisions").EnumerateArray().ShouldHaveSingleItem().GetProperty("outcome").GetString().ShouldBe("Granted");
            file.GetProperty("aids").EnumerateArray().Last().GetProperty("amount").GetDecimal().ShouldBe(140.00m);
        }
        finally
        {
            PrimaWebFactory.DeleteDatabase(delegated.DatabaseFile);
        }
    }

    [Fact]
    public async Task HeatingAllowance_ForADeliveryAnotherHouseholdClaimedForTheSameDwelling_IsRefusedAtFiling()
    {
        var deliveredOn = _app.Today.AddDays(-8);
        var first = SimulatedPersons.LivingAlone(p => !p.Omnio);
        var second = SimulatedPersons.LivingAlone(p => !p.Omnio && p.Niss != first.Niss);
        var claimed = await FileAsync(first.Niss.ToString(), Delivery(deliveredOn, litres: 900, price: 0.95m));

        var delivery = Delivery(deliveredOn, litres: 900, price: 0.95m);
        delivery["street"] = "RUE DE FER";
        var flow = await FileAsync(second.Niss.ToString(), delivery);

        var decision = (await flow.FileAsync()).GetProperty("decisions").EnumerateArray().ShouldHaveSingleItem();
        decision.GetProperty("outcome").GetString().ShouldBe("Refused");
        decision.GetProperty("motivation").GetString().ShouldNotBeNull().ShouldContain("même livraison dans ce logement");
        (await flow.FindTaskAsync(flow.Worker, "heating-situation")).ShouldBeNull();
        (await claimed.FindTaskAsync(claimed.Worker, "heating-situation")).ShouldNotBeNull("the first claim goes on");
    }

    [Fact]
    public async Task HeatingAllowance_FiledWithDetailsTheFormRefuses_FilesNothingAndNamesEachField()
    {
        var person = SimulatedPersons.LivingAlone(p => !p.Omnio);
        var worker = await _app.SignInAsync("namur-social-worker");
        var (_, @case) = await worker.PostAsync("/api/cases", new JsonObject { ["niss"] = person.Niss.ToString(), ["openedOn"] = RequestFlow.Date(_app.Today.AddDays(-30)) });
        var caseId = @case.GetProperty("id").GetGuid();
        var delivery = Delivery(_app.Today.AddDays(-3), litres: -5, price: 0.95m);
        delivery["postalCode"] = "500";

        var (status, problem) = await worker.PostAsync($"/api/cases/{caseId}/requests",
            new JsonObject { ["type"] = "HeatingAllowance", ["receivedOn"] = RequestFlow.Date(_app.Today), ["details"] = delivery });

        status.ShouldBe(HttpStatusCode.BadRequest, problem.ToString());
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain("details.litres");
        var (_, file) = await worker.GetAsync($"/api/cases/{caseId}");
        file.GetProperty("requests").GetArrayLength().ShouldBe(0, "a refused detail files nothing");
        var (again, filed) = await worker.PostAsync($"/api/cases/{caseId}/requests",
            new JsonObject { ["type"] = "HeatingAllowance", ["receivedOn"] = RequestFlow.Date(_app.Today), ["details"] = Delivery(_app.Today.AddDays(-3), litres: 500, price: 0.95m) });
        again.ShouldBe(HttpStatusCode.Created, filed.ToString());
    }

    [Fact]
    public async Task ADisRequest_FiledWithDetails_IsRefusedOnTheDetailsField()
    {
        var person = SimulatedPersons.LivingAlone(p => !p.Omnio);
        var worker = await _app.SignInAsync("namur-social-worker");
        var (_, @case) = await worker.PostAsync("/api/cases", new JsonObject { ["niss"] = person.Niss.ToString(), ["openedOn"] = RequestFlow.Date(_app.Today.AddDays(-30)) });

        var (status, problem) = await worker.PostAsync($"/api/cases/{@case.GetProperty("id").GetGuid()}/requests",
            new JsonObject { ["type"] = "Dis", ["receivedOn"] = RequestFlow.Date(_app.Today), ["details"] = new JsonObject { ["litres"] = 5 } });

        status.ShouldBe(HttpStatusCode.BadRequest, problem.ToString());
        problem.GetProperty("errors").EnumerateObject().ShouldHaveSingleItem().Name.ShouldBe("details");
    }

    [Fact]
    public void AStartUp_WithADelegationToAnUnknownRole_StopsAndNamesTheKey()
    {
        using var wrong = new RequestWorkflowApp(_clock, new Dictionary<string, string?> { ["DecisionDelegation:cpas-namur:HeatingAllowance"] = "Secretary" }, _ => { });

        var failure = Should.Throw<InvalidOperationException>(() => wrong.Services);
        failure.Message.ShouldContain("DecisionDelegation:cpas-namur:HeatingAllowance");
        failure.Message.ShouldContain("Secretary");
    }

    private async Task<RequestFlow> FileAsync(string niss, JsonObject? delivery = null, RequestWorkflowApp? on = null, string cpas = "namur")
    {
        var app = on ?? _app;
        var worker = await app.SignInAsync($"{cpas}-social-worker");
        var manager = await app.SignInAsync($"{cpas}-manager");
        var (opened, @case) = await worker.PostAsync("/api/cases", new JsonObject { ["niss"] = niss, ["openedOn"] = RequestFlow.Date(app.Today.AddDays(-30)) });
        opened.ShouldBe(HttpStatusCode.Created, @case.ToString());
        var caseId = @case.GetProperty("id").GetGuid();
        var (filed, request) = await worker.PostAsync($"/api/cases/{caseId}/requests",
            new JsonObject { ["type"] = "HeatingAllowance", ["receivedOn"] = RequestFlow.Date(app.Today), ["details"] = delivery });
        filed.ShouldBe(HttpStatusCode.Created, request.ToString());
        request.GetProperty("definitionId").GetString().ShouldBe("heating-allowance");
        await app.DeliverOutboxAsync();
        return new RequestFlow(app, worker, manager, caseId, request.GetProperty("id").GetGuid());
    }

    private static JsonObject Delivery(DateOnly deliveredOn, decimal litres, decimal price) => new()
    {
        ["deliveredOn"] = deliveredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["fuel"] = "HeatingGasOil",
        ["purchaseMode"] = "Bulk",
        ["litres"] = litres,
        ["pricePerLitre"] = price,
        ["dwellings"] = 1,
        ["street"] = "Rue de Fer",
        ["houseNumber"] = "12",
        ["box"] = "3",
        ["postalCode"] = "5000",
        ["municipality"] = "Namur",
    };
}
