using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace PrimaWeb.Workflows.Web.Tests.Features.Requests;

/// <summary>
/// DIS requests end to end through the API, on the real definitions and activities, against the in-process simulator,
/// with the clock, the outbox, the timers and the SPP-IS polling driven by the test.
/// </summary>
public sealed class RequestWorkflowTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly RequestWorkflowApp _app;

    public RequestWorkflowTests() => _app = new RequestWorkflowApp(_clock);

    public void Dispose()
    {
        _app.Dispose();
        PrimaWebFactory.DeleteDatabase(_app.DatabaseFile);
    }

    [Fact]
    public async Task Dis_GrantedAndAcceptedBySppIs_HasItsLetterTheCode2IntegrationAndTheA036()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 10);
        await flow.ToCouncilAsync();

        var council = (await flow.FindTaskAsync(flow.Manager, "council-decision")).ShouldNotBeNull();
        var (workerStatus, _) = await flow.Worker.PostAsync($"/api/tasks/{council.GetProperty("id").GetGuid()}/complete", new JsonObject
        {
            ["expectedRevision"] = council.GetProperty("revision").GetInt32(),
            ["operationId"] = "worker-decides",
            ["payload"] = new JsonObject { ["decision"] = "Granted", ["decidedOn"] = RequestFlow.Date(_app.Today) },
        });
        await flow.DecideAsync("Granted");
        var answers = await flow.ExchangeWithSppIsAsync();

        workerStatus.ShouldBe(HttpStatusCode.Forbidden, "the Council's decision is the manager's task");

        answers.ShouldBe(1);
        var file = await flow.FileAsync();
        var forms = file.GetProperty("forms").EnumerateArray().ToList();
        forms.Single(f => f.GetProperty("type").GetString() == "DisGrant").GetProperty("status").GetString().ShouldBe("Accepted");
        forms.Single(f => f.GetProperty("type").GetString() == "A036Create").GetProperty("status").GetString().ShouldBe("Sent");
        file.GetProperty("integrations").EnumerateArray().Select(i => i.GetProperty("code").GetInt32()).ShouldBe([1, 2], ignoreOrder: true);
        var grant = file.GetProperty("integrations").EnumerateArray().Single(i => i.GetProperty("code").GetInt32() == 2);
        grant.GetProperty("end").GetString().ShouldBe("2027-03-01");
        file.GetProperty("decisions").EnumerateArray().ShouldHaveSingleItem().GetProperty("outcome").GetString().ShouldBe("Granted");
        file.GetProperty("calculations").GetArrayLength().ShouldBe(1);
        file.GetProperty("consultations").GetArrayLength().ShouldBeGreaterThan(0);
        var letter = file.GetProperty("letters").EnumerateArray().ShouldHaveSingleItem();
        letter.GetProperty("language").GetString().ShouldBe("Fr");
        var (letterStatus, content) = await flow.Worker.GetTextAsync($"/api/cases/{flow.CaseId}/letters/{letter.GetProperty("id").GetGuid()}");
        letterStatus.ShouldBe(HttpStatusCode.OK);
        content.ShouldContain(SimulatedPersons.Adults[10].Name.LastName);
        content.ShouldContain("Rue de Dave 165<br>", Case.Sensitive, "the letterhead prints the CPAS's own postal address");
        content.ShouldContain("5100 Namur");
        // The contact is the case's social worker by name (the demo's Amélie Dubois), reached at the CPAS's number.
        content.ShouldContain("Dubois, tél. 081 33 70 00", Case.Sensitive, "the letter names the social worker, never a login");
        content.ShouldNotContain("namur-social-worker");
        content.ShouldContain("Tél. : 081 33 70 00");
        (await flow.RequestAsync()).GetProperty("status").GetString().ShouldBe("AcceptedBySppIs");

        // Another CPAS sees none of it, not even the letter whose id it would have guessed.
        using var gent = await _app.SignInAsync("gent-social-worker");
        (await gent.GetAsync($"/api/cases/{flow.CaseId}/file")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await gent.GetTextAsync($"/api/cases/{flow.CaseId}/letters/{letter.GetProperty("id").GetGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task EquivalentRis_Granted_SendsTheLoi65FormTheA036AndTheLetterAndIntegratesWithCode3()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 17, type: "EquivalentRis");
        await flow.ToCouncilAsync();

        await flow.DecideAsync("Granted");
        await flow.ExchangeWithSppIsAsync();

        var file = await flow.FileAsync();
        var forms = file.GetProperty("forms").EnumerateArray().ToList();
        forms.Single(f => f.GetProperty("type").GetString() == "Loi65AB").GetProperty("status").GetString().ShouldBe("Accepted");
        forms.Single(f => f.GetProperty("type").GetString() == "A036Create").GetProperty("contentJson").GetString()!.ShouldContain("EQUIVALENT_RIS");
        file.GetProperty("letters").EnumerateArray().ShouldHaveSingleItem().GetProperty("template").GetString()!.ShouldStartWith("equivalent-ris-decision.");
        file.GetProperty("integrations").EnumerateArray().Select(i => i.GetProperty("code").GetInt32()).ShouldContain(3);
    }

    [Fact]
    public async Task Dis_Refused_SendsFormCNotifiesAndCloses()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 11);
        await flow.ToCouncilAsync();

        await flow.DecideAsync("Refused", motivation: "Ressources suffisantes.");
        await flow.ExchangeWithSppIsAsync();

        var file = await flow.FileAsync();
        var form = file.GetProperty("forms").EnumerateArray().ShouldHaveSingleItem();
        form.GetProperty("type").GetString().ShouldBe("DisRefusal");
        form.GetProperty("status").GetString().ShouldBe("Accepted");
        var letter = file.GetProperty("letters").EnumerateArray().ShouldHaveSingleItem();
        (await flow.Worker.GetTextAsync($"/api/cases/{flow.CaseId}/letters/{letter.GetProperty("id").GetGuid()}")).Text.ShouldContain("Ressources suffisantes.");
        file.GetProperty("integrations").EnumerateArray().Select(i => i.GetProperty("code").GetInt32()).ShouldBe([1]);
        (await flow.RequestAsync()).GetProperty("status").GetString().ShouldBe("Closed");
        var (_, tasks) = await flow.Worker.GetAsync($"/api/tasks?tab=team&caseId={flow.CaseId}");
        tasks.GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Dis_FormRefusedBySppIs_RaisesATaskWithTheReasons()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 12);
        await flow.ToCouncilAsync();

        // A grant of 0.00 a month: the SPP-IS receives the form, then refuses it.
        await flow.DecideAsync("GrantedModified", amount: 0m, motivation: "Montant nul.");
        await flow.ExchangeWithSppIsAsync();

        var task = (await flow.FindTaskAsync(flow.Worker, "sppis-refused")).ShouldNotBeNull();
        task.GetProperty("title").GetString()!.ShouldContain("INVALID_AMOUNT");
        var form = (await flow.FileAsync()).GetProperty("forms").EnumerateArray().ShouldHaveSingleItem();
        form.GetProperty("status").GetString().ShouldBe("Refused");
        form.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ShouldContain("INVALID_AMOUNT");
        (await flow.RequestAsync()).GetProperty("status").GetString().ShouldBe("RejectedBySppIs");
    }

    [Fact]
    public async Task Dis_DecisionDeadlinePassing_RaisesTheManagersTasks()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 13);

        _clock.Advance(TimeSpan.FromDays(26));
        await _app.FireDueTimersAsync();

        // The sessions of 26 days ago have expired (8 hours): sign in again.
        using var manager = await _app.SignInAsync("namur-manager");
        var reminder = await flow.FindTaskAsync(manager, "decision-reminder");
        _clock.Advance(TimeSpan.FromDays(6));
        await _app.FireDueTimersAsync();
        using var managerLater = await _app.SignInAsync("namur-manager");
        using var worker = await _app.SignInAsync("namur-social-worker");
        var overdue = await flow.FindTaskAsync(managerLater, "decision-overdue");

        reminder.ShouldNotBeNull().GetProperty("candidateRole").GetString().ShouldBe("Manager", StringCompareShould.IgnoreCase);
        overdue.ShouldNotBeNull().GetProperty("title").GetString()!.ShouldContain("overdue");
        (await flow.FindTaskAsync(worker, "decision-overdue")).ShouldBeNull();
        var (status, overdueInbox) = await managerLater.GetAsync("/api/tasks?tab=team&overdue=true");
        status.ShouldBe(HttpStatusCode.OK);
        overdueInbox.EnumerateArray().Select(t => t.GetProperty("type").GetString()).ShouldContain("decision-reminder");
    }

    [Fact]
    public async Task Dis_ConsultationOfAMemberNotIntegrated_IsRefusedWithAClearMessageAndNoCall()
    {
        // The request integrates the household as it is when filed (the main person alone); a partner added before the
        // consultations run is not integrated: the gateway refuses to consult him, and says so.
        var flow = await RequestFlow.FileAsync(_app, person: 14, deliver: false);
        var partner = SimulatedPersons.Adults[15];
        var (_, details) = await flow.Worker.GetAsync($"/api/cases/{flow.CaseId}");
        var mainId = details.GetProperty("mainPerson").GetProperty("id").GetGuid();
        var (householdStatus, _) = await flow.Worker.PutAsync($"/api/cases/{flow.CaseId}/household/de-facto", new JsonObject
        {
            ["members"] = new JsonArray(
                new JsonObject { ["personId"] = mainId, ["relation"] = "MainPerson", ["from"] = RequestFlow.Date(_app.Today.AddDays(-30)) },
                new JsonObject { ["niss"] = partner.Niss.ToString(), ["relation"] = "Partner", ["from"] = RequestFlow.Date(_app.Today.AddDays(-30)) }),
        });

        await _app.DeliverOutboxAsync();

        householdStatus.ShouldBe(HttpStatusCode.OK);
        var refused = (await flow.FileAsync()).GetProperty("consultations").EnumerateArray()
            .Where(c => c.GetProperty("outcome").GetString() == "RefusedNotIntegrated")
            .ToList();
        var consultation = refused.ShouldHaveSingleItem();
        consultation.GetProperty("person").GetString().ShouldBe(partner.Niss.ToString());
        consultation.GetProperty("hasAnswer").GetBoolean().ShouldBeFalse();
        consultation.GetProperty("message").GetString()!.ShouldContain("integrat");
        var task = (await flow.FindTaskAsync(flow.Worker, "consultation-refused")).ShouldNotBeNull();
        task.GetProperty("title").GetString()!.ShouldContain("integrat");
        var (_, audit) = await flow.Worker.GetAsync($"/api/persons/{partner.Niss}/audit");
        audit.EnumerateArray()
            .Where(entry => entry.GetProperty("service").GetString() != "OCMWCPASIdentifyPerson")
            .ShouldAllBe(entry => entry.GetProperty("outcome").GetString() != "Succeeded");
    }

    [Fact]
    public async Task Dis_IntegrationExpiring_RaisesExtendOrEndThenExpiresAcrossARestart()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 16);
        await flow.ToCouncilAsync();
        await flow.DecideAsync("Granted");
        await flow.ExchangeWithSppIsAsync();

        _clock.SetUtcNow(new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));
        await _app.FireDueTimersAsync();

        // Restart: a new host on the same database and clock; what the first host left waiting goes on.
        _app.Dispose();
        using var restarted = new RequestWorkflowApp(_clock, _app.DatabaseFile);
        using var worker = await restarted.SignInAsync("namur-social-worker");
        using var manager = await restarted.SignInAsync("namur-manager");
        var after = new RequestFlow(restarted, worker, manager, flow.CaseId, flow.RequestId);
        var expiring = (await after.FindTaskAsync(worker, "integration-expiring")).ShouldNotBeNull();
        expiring.GetProperty("title").GetString()!.ShouldContain("2027-03-01");
        await after.CompleteAsync(worker, "integration-expiring", new JsonObject { ["choice"] = "end" });
        _clock.SetUtcNow(new DateTimeOffset(2027, 3, 3, 9, 0, 0, TimeSpan.Zero));
        await restarted.FireDueTimersAsync();

        using var workerLater = await restarted.SignInAsync("namur-social-worker");
        var (_, file) = await workerLater.GetAsync($"/api/cases/{flow.CaseId}/file");
        var grant = file.GetProperty("integrations").EnumerateArray().Single(i => i.GetProperty("code").GetInt32() == 2);
        grant.GetProperty("status").GetString().ShouldBe("Expired");
        var (_, details) = await workerLater.GetAsync($"/api/cases/{flow.CaseId}");
        details.GetProperty("requests").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == flow.RequestId)
            .GetProperty("status").GetString().ShouldBe("Closed");
    }
}
