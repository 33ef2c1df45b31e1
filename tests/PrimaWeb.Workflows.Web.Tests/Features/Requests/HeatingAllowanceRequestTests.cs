using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace PrimaWeb.Workflows.Web.Tests.Features.Requests;

/// <summary>
/// Issue 18 point 1 through the API on the real definition (heating-allowance/v1) and the simulator: filed from
/// <c>POST /api/cases/{id}/requests</c>, its tasks completed by the social worker and the manager, the case file holding
/// the delivery, both calculations, the allocation saved at the Fund and the letter.
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
        var flow = await FileAsync(person.Niss.ToString());

        await flow.CompleteAsync(flow.Worker, "heating-delivery", Delivery(deliveredOn, litres: 1200, price: 1.00m));
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
        (await flow.RequestAsync()).GetProperty("status").GetString().ShouldBe("Closed");
        file.GetProperty("integrations").EnumerateArray().ShouldContain(i => i.GetProperty("code").GetInt32() == 40
            && i.GetProperty("end").GetString() == "2026-12-31");
    }

    [Fact]
    public async Task HeatingAllowance_FiledSixtyOneDaysAfterTheDelivery_IsRefusedWithItsLetterAndNoTaskLeft()
    {
        var person = SimulatedPersons.LivingAlone(p => !p.Omnio);
        var flow = await FileAsync(person.Niss.ToString());

        await flow.CompleteAsync(flow.Worker, "heating-delivery", Delivery(_app.Today.AddDays(-61), litres: 800, price: 0.95m));

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
        var flow = await FileAsync(person.Niss.ToString());
        var delivery = Delivery(_app.Today.AddDays(-3), litres: 100, price: 1.50m);
        delivery["fuel"] = "BottledPropaneOrButane";

        await flow.CompleteAsync(flow.Worker, "heating-delivery", delivery);

        var file = await flow.FileAsync();
        file.GetProperty("decisions").EnumerateArray().ShouldHaveSingleItem().GetProperty("motivation").GetString()
            .ShouldNotBeNull().ShouldContain("combustible");
        file.GetProperty("aids").EnumerateArray().Select(a => a.GetProperty("kind").GetString()).ShouldBe(["heating-delivery"], "H-15: the Fund is never asked");
    }

    private async Task<RequestFlow> FileAsync(string niss)
    {
        var worker = await _app.SignInAsync("namur-social-worker");
        var manager = await _app.SignInAsync("namur-manager");
        var (opened, @case) = await worker.PostAsync("/api/cases", new JsonObject { ["niss"] = niss, ["openedOn"] = RequestFlow.Date(_app.Today.AddDays(-30)) });
        opened.ShouldBe(HttpStatusCode.Created, @case.ToString());
        var caseId = @case.GetProperty("id").GetGuid();
        var (filed, request) = await worker.PostAsync($"/api/cases/{caseId}/requests", new JsonObject { ["type"] = "HeatingAllowance", ["receivedOn"] = RequestFlow.Date(_app.Today) });
        filed.ShouldBe(HttpStatusCode.Created, request.ToString());
        request.GetProperty("definitionId").GetString().ShouldBe("heating-allowance");
        await _app.DeliverOutboxAsync();
        return new RequestFlow(_app, worker, manager, caseId, request.GetProperty("id").GetGuid());
    }

    private static JsonObject Delivery(DateOnly deliveredOn, decimal litres, decimal price) => new()
    {
        ["deliveredOn"] = deliveredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["fuel"] = "HeatingGasOil",
        ["purchaseMode"] = "Bulk",
        ["litres"] = litres,
        ["pricePerLitre"] = price,
        ["dwellings"] = 1,
    };
}
