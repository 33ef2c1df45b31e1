using System.Net;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Web.Tests.Hosting;

namespace PrimaWeb.Workflows.Web.Tests.Features.Workflows;

/// <summary>
/// A simulation runs the repository's dis v1 in memory for a person of the simulated population: it shows the path,
/// the open task and the timers, moves on a virtual clock, and leaves the database exactly as it was (the gateway
/// writes an audit row for each federal call, so an unchanged database also says that no real service was called).
/// </summary>
public sealed class SimulationEndpointsTests : IDisposable
{
    private readonly PrimaWebFactory _app = new() { Clock = TimeProvider.System };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Simulate_DisV1_StopsAtTheFirstTaskOnAVirtualClock_AndChangesNoRowOfTheDatabase()
    {
        using var analyst = await DesignApi.SignInAsync(_app, "namur-analyst");
        var persons = await analyst.GetAsync("/api/workflow/simulations/persons");
        var niss = persons.Json.EnumerateArray().First().GetProperty("niss").GetString();
        var before = await DatabaseSnapshot.TakeAsync(_app.DatabaseFile);

        var started = await analyst.PostAsync("/api/workflow/simulations", new JsonObject
        {
            ["definitionId"] = "dis",
            ["version"] = 1,
            ["personNiss"] = niss,
            ["receivedOn"] = "2026-11-02",
        });
        var id = started.Json.GetProperty("id").GetGuid();
        var later = await analyst.PostAsync($"/api/workflow/simulations/{id}/advance", new JsonObject { ["by"] = "P1D" });
        var after = await DatabaseSnapshot.TakeAsync(_app.DatabaseFile);

        started.Status.ShouldBe(HttpStatusCode.Created, started.ToString());
        started.Json.GetProperty("now").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        started.Json.GetProperty("tasks").GetArrayLength().ShouldBeGreaterThan(0);
        started.Json.GetProperty("path").EnumerateArray().Select(s => s.GetProperty("activityId").GetString()).ShouldContain("start");
        later.Json.GetProperty("now").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero));
        after.ChangedSince(before).ShouldBeEmpty();
    }

    [Fact]
    public async Task AnswerTask_PayloadTheFormRefuses_Answers400AndTheTaskStaysOpen()
    {
        using var analyst = await DesignApi.SignInAsync(_app, "namur-analyst");
        var persons = await analyst.GetAsync("/api/workflow/simulations/persons");
        var started = await analyst.PostAsync("/api/workflow/simulations", new JsonObject
        {
            ["definitionId"] = "dis",
            ["version"] = 1,
            ["personNiss"] = persons.Json.EnumerateArray().First().GetProperty("niss").GetString(),
            ["receivedOn"] = "2026-11-02",
        });
        var id = started.Json.GetProperty("id").GetGuid();
        var task = started.Json.GetProperty("tasks")[0].GetProperty("id").GetGuid();

        var refused = await analyst.PostAsync($"/api/workflow/simulations/{id}/tasks/{task}", new JsonObject { ["category"] = 12 });
        var still = await analyst.GetAsync($"/api/workflow/simulations/{id}");

        refused.Status.ShouldBe(HttpStatusCode.BadRequest, refused.ToString());
        still.Status.ShouldBe(HttpStatusCode.OK, still.ToString());
        still.Json.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ShouldContain(task);
    }

    [Fact]
    public async Task Simulate_UnknownPerson_Answers400NamingThePerson()
    {
        using var analyst = await DesignApi.SignInAsync(_app, "namur-analyst");

        var refused = await analyst.PostAsync("/api/workflow/simulations", new JsonObject
        {
            ["definitionId"] = "dis",
            ["version"] = 1,
            ["personNiss"] = "85073003328",
            ["receivedOn"] = "2026-11-02",
        });

        refused.Status.ShouldBe(HttpStatusCode.BadRequest, refused.ToString());
        refused.Json.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain("personNiss");
    }
}
