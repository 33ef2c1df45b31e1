using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Web.Tests.Features.Requests;

namespace PrimaWeb.Workflows.Web.Tests.Features.Dashboard;

/// <summary>
/// The manager's dashboard API on a real DIS request (real definition and steps, simulator, clock moved by the test):
/// each deadline appears due soon, then overdue, as the days pass, for the manager's CPAS only.
/// </summary>
public sealed class DashboardEndpointsTests : IDisposable
{
    private static readonly string[] Lists =
    [
        "pending-decisions", "deadlines/decision", "deadlines/notification", "deadlines/a036", "deadlines/dis-form", "deadlines/loi65-form-b",
        "deadlines/loi65-form-d", "sppis-refusals", "expiring-integrations", "incidents", "workload", "weekly",
    ];

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly RequestWorkflowApp _app;

    public DashboardEndpointsTests() => _app = new RequestWorkflowApp(_clock);

    public void Dispose()
    {
        _app.Dispose();
        PrimaWebFactory.DeleteDatabase(_app.DatabaseFile);
    }

    [Fact]
    public async Task Deadlines_OfARequestAtTheCouncil_AreDueSoonThenOverdueAsTheDaysPass()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 10);
        await flow.ToCouncilAsync();

        var pending = await ListAsync(flow.Manager, "pending-decisions", flow.RequestId);
        var beforeDue = await ListAsync(flow.Manager, "deadlines/decision", flow.RequestId);
        _clock.Advance(TimeSpan.FromDays(28)); // 30/03: due 01/04, two days ahead
        var dueSoon = await ListAsync(await _app.SignInAsync("namur-manager"), "deadlines/decision", flow.RequestId);
        _clock.Advance(TimeSpan.FromDays(3)); // 02/04: the day after the due day
        var overdue = await ListAsync(await _app.SignInAsync("namur-manager"), "deadlines/decision", flow.RequestId);

        var row = pending.ShouldHaveSingleItem();
        row.GetProperty("requestId").GetGuid().ShouldBe(flow.RequestId);
        row.GetProperty("caseId").GetGuid().ShouldBe(flow.CaseId);
        row.GetProperty("decisionDueOn").GetString().ShouldBe("2026-04-01");
        row.GetProperty("taskId").ValueKind.ShouldBe(JsonValueKind.String, "the Council's open task is linked");
        beforeDue.ShouldBeEmpty();
        dueSoon.ShouldHaveSingleItem().GetProperty("state").GetString().ShouldBe("DueSoon");
        var late = overdue.ShouldHaveSingleItem();
        late.GetProperty("state").GetString().ShouldBe("Overdue");
        late.GetProperty("dueOn").GetString().ShouldBe("2026-04-01");
        late.GetProperty("runsFrom").GetString().ShouldBe("2026-03-02");
        late.GetProperty("rule").GetString().ShouldBe("Decision");
    }

    [Fact]
    public async Task Deadlines_OfADecisionNotSentYet_ListTheLetterTheA036AndTheDisFormUntilTheFormLeaves()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 11);
        await flow.ToCouncilAsync();
        await DecideWithoutDeliveringAsync(flow); // 02/03/2026: the DIS form waits in the outbox

        _clock.Advance(TimeSpan.FromDays(6)); // 08/03: letter due 10/03, A036 due 09/03
        var manager = await _app.SignInAsync("namur-manager");
        var letter = await ListAsync(manager, "deadlines/notification", flow.RequestId);
        var a036 = await ListAsync(manager, "deadlines/a036", flow.RequestId);
        var formEarly = await ListAsync(manager, "deadlines/dis-form", flow.RequestId);
        _clock.Advance(TimeSpan.FromDays(30)); // 07/04: the form of a March decision is due 08/04
        manager = await _app.SignInAsync("namur-manager");
        var form = await ListAsync(manager, "deadlines/dis-form", flow.RequestId);
        var (status, deadlines) = await manager.GetAsync($"/api/dashboard/requests/{flow.RequestId}/deadlines");
        await _app.DeliverOutboxAsync();
        var formSent = await ListAsync(manager, "deadlines/dis-form", flow.RequestId);

        letter.ShouldHaveSingleItem().GetProperty("dueOn").GetString().ShouldBe("2026-03-10");
        a036.ShouldHaveSingleItem().GetProperty("dueOn").GetString().ShouldBe("2026-03-09");
        formEarly.ShouldBeEmpty();
        var due = form.ShouldHaveSingleItem();
        due.GetProperty("dueOn").GetString().ShouldBe("2026-04-08");
        due.GetProperty("state").GetString().ShouldBe("DueSoon");
        status.ShouldBe(HttpStatusCode.OK);
        deadlines.EnumerateArray().Select(d => (d.GetProperty("rule").GetString(), d.GetProperty("done").GetBoolean()))
            .ShouldBe([("Decision", true), ("Notification", false), ("A036", false), ("DisForm", false)]);
        formSent.ShouldBeEmpty("a form sent to the SPP-IS is no longer outstanding");
    }

    [Fact]
    public async Task EveryList_AnswersTheManagerAsJsonAndAsBelgianCsv()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 12);
        await flow.ToCouncilAsync();

        foreach (var list in Lists)
        {
            var (status, body) = await flow.Manager.GetAsync($"/api/dashboard/{list}");
            status.ShouldBe(HttpStatusCode.OK, list);
            body.ValueKind.ShouldBe(JsonValueKind.Array, list);
        }

        var (csvStatus, csv) = await flow.Manager.GetBytesAsync("/api/dashboard/pending-decisions?format=csv&requestType=Dis");
        csvStatus.ShouldBe(HttpStatusCode.OK);
        csv.Take(3).ShouldBe(Encoding.UTF8.GetPreamble(), "a byte order mark, so that a spreadsheet reads the accents");
        var lines = Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("Dossier;Type de demande;Reçue le;Âge (jours);Décision due le;Assistant social");
        // The flow's request and the demo's Thomas Martin, whose DIS waits for the Council too.
        lines.Length.ShouldBe(3);
        lines.Skip(1).Count(line => line.Contains(";02/03/2026;0;01/04/2026;", StringComparison.Ordinal)).ShouldBe(1);
        lines.Skip(1).Count(line => line.StartsWith("NA-2026-0001;", StringComparison.Ordinal)).ShouldBe(1);
        using var gentManager = await _app.SignInAsync("gent-manager");
        var (_, dutch) = await gentManager.GetBytesAsync("/api/dashboard/pending-decisions?format=csv");
        Encoding.UTF8.GetString(dutch, 3, dutch.Length - 3).Split("\r\n")[0]
            .ShouldBe("Dossier;Soort aanvraag;Ontvangen op;Dagen sinds ontvangst;Beslissing uiterlijk op;Maatschappelijk werker", "in the Dutch of Gent's manager");
    }

    [Fact]
    public async Task Dashboard_IsTheManagersOfOneCpas()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 13);
        await flow.ToCouncilAsync();
        using var gentManager = await _app.SignInAsync("gent-manager");
        using var admin = await _app.SignInAsync("namur-admin");

        (await flow.Worker.GetAsync("/api/dashboard/pending-decisions")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.GetAsync("/api/dashboard/workload")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await gentManager.GetAsync($"/api/dashboard/requests/{flow.RequestId}/deadlines")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await flow.Manager.GetAsync($"/api/dashboard/requests/{flow.RequestId}/deadlines")).Status.ShouldBe(HttpStatusCode.OK);
        (await ListAsync(flow.Manager, "pending-decisions", flow.RequestId)).ShouldHaveSingleItem();
        (await ListAsync(gentManager, "pending-decisions", flow.RequestId)).ShouldBeEmpty();
        (await gentManager.GetAsync("/api/dashboard/pending-decisions")).Body.EnumerateArray().ShouldAllBe(row => row.GetProperty("caseReference").GetString()!.StartsWith("GE-"));
        (await gentManager.GetAsync("/api/dashboard/workload")).Body.EnumerateArray().ShouldAllBe(row => row.GetProperty("socialWorkerId").GetString() != "namur-social-worker");
    }

    [Fact]
    public async Task Lists_RefuseABadFilter_NamingIt()
    {
        using var manager = await _app.SignInAsync("namur-manager");

        var (type, typeProblem) = await manager.GetAsync("/api/dashboard/pending-decisions?requestType=Housing");
        var (period, periodProblem) = await manager.GetAsync("/api/dashboard/weekly?from=2026-03-01&to=2026-02-01");
        var (team, teamProblem) = await manager.GetAsync("/api/dashboard/workload?team=nobody");
        var (rule, _) = await manager.GetAsync("/api/dashboard/deadlines/payment");

        type.ShouldBe(HttpStatusCode.BadRequest);
        typeProblem.GetProperty("errors").TryGetProperty("requestType", out _).ShouldBeTrue();
        period.ShouldBe(HttpStatusCode.BadRequest);
        periodProblem.GetProperty("errors").TryGetProperty("to", out _).ShouldBeTrue();
        team.ShouldBe(HttpStatusCode.BadRequest);
        teamProblem.GetProperty("errors").TryGetProperty("team", out _).ShouldBeTrue();
        rule.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>The Council grants today; what the decision sends stays in the outbox until the test delivers it.</summary>
    private static async Task DecideWithoutDeliveringAsync(RequestFlow flow)
    {
        var task = await flow.FindTaskAsync(flow.Manager, "council-decision") ?? throw new ShouldAssertException("No Council task.");
        var (status, answer) = await flow.Manager.PostAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new JsonObject
        {
            ["expectedRevision"] = task.GetProperty("revision").GetInt32(),
            ["operationId"] = Guid.NewGuid().ToString(),
            ["payload"] = new JsonObject { ["decision"] = "Granted", ["decidedOn"] = "2026-03-02" },
        });
        status.ShouldBe(HttpStatusCode.OK, answer.ToString());
    }

    /// <summary>The rows of one request (the demo data of the CPAS has its own rows).</summary>
    private static async Task<List<JsonElement>> ListAsync(ApiSession session, string list, Guid requestId)
    {
        var (status, body) = await session.GetAsync($"/api/dashboard/{list}");
        status.ShouldBe(HttpStatusCode.OK, body.ToString());
        return [.. body.EnumerateArray().Where(row => row.GetProperty("requestId").GetGuid() == requestId)];
    }
}
