using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Web.Tests.Features.Requests;

namespace PrimaWeb.Workflows.Web.Tests.Features.Incidents;

/// <summary>
/// The administrators' incidents API on a real DIS request whose BCSS consultation is marked failed (an open incident
/// on a faulted instance, as the engine leaves it): listed for Namur's administrator only, retried through the engine.
/// </summary>
public sealed class IncidentEndpointsTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly RequestWorkflowApp _app;

    public IncidentEndpointsTests() => _app = new RequestWorkflowApp(_clock);

    public void Dispose()
    {
        _app.Dispose();
        PrimaWebFactory.DeleteDatabase(_app.DatabaseFile);
    }

    [Fact]
    public async Task List_ShowsTheOpenIncidentWithItsCaseStepErrorAndAttempts_ToTheAdministratorOfItsCpasOnly()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 30);
        var incident = await FailedStep.OpenIncidentAsync(_app.Services, flow.RequestId, "The BCSS answered 503.");
        using var admin = await _app.SignInAsync("namur-admin");
        using var gentAdmin = await _app.SignInAsync("gent-admin");

        var (status, list) = await admin.GetAsync("/api/incidents");
        var (_, gentList) = await gentAdmin.GetAsync("/api/incidents");

        status.ShouldBe(HttpStatusCode.OK);
        var row = list.EnumerateArray().ShouldHaveSingleItem();
        row.GetProperty("incidentId").GetGuid().ShouldBe(incident);
        row.GetProperty("caseId").GetGuid().ShouldBe(flow.CaseId);
        row.GetProperty("activityId").GetString().ShouldBe("consultInsurability");
        row.GetProperty("error").GetString().ShouldBe("The BCSS answered 503.");
        row.GetProperty("attempts").GetInt32().ShouldBe(3);
        gentList.EnumerateArray().ShouldBeEmpty();
        (await flow.Manager.GetAsync("/api/incidents")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await flow.Worker.PostAsync("/api/incidents/actions", Action("retry", incident))).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Retry_ReplaysTheFailedBurst_TheIncidentIsResolvedAndTheWorkflowWaitsAtItsStepsAgain()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 31);
        var incident = await FailedStep.OpenIncidentAsync(_app.Services, flow.RequestId, "The BCSS answered 503.");
        using var admin = await _app.SignInAsync("namur-admin");

        var (status, results) = await admin.PostAsync("/api/incidents/actions", Action("retry", incident, Guid.Empty));
        var (_, after) = await admin.GetAsync("/api/incidents");

        status.ShouldBe(HttpStatusCode.OK, results.ToString());
        results.EnumerateArray().Select(r => (r.GetProperty("incidentId").GetGuid(), r.GetProperty("outcome").GetString()))
            .ShouldBe([(incident, "Retried"), (Guid.Empty, "NotFound")]);
        after.EnumerateArray().ShouldBeEmpty();
        (await InstanceStatusAsync(_app.Services, flow.RequestId)).ShouldBe(WorkflowStatus.Suspended, "no longer faulted: it waits at its next step again");
    }

    [Fact]
    public async Task Actions_OnAnotherCpasIncident_AnswerNotFoundAndChangeNothing()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 32);
        var incident = await FailedStep.OpenIncidentAsync(_app.Services, flow.RequestId, "The BCSS answered 503.");
        using var gentAdmin = await _app.SignInAsync("gent-admin");

        var (status, results) = await gentAdmin.PostAsync("/api/incidents/actions", Action("cancel", incident));

        status.ShouldBe(HttpStatusCode.OK);
        results.EnumerateArray().ShouldHaveSingleItem().GetProperty("outcome").GetString().ShouldBe("NotFound");
        (await InstanceStatusAsync(_app.Services, flow.RequestId)).ShouldBe(WorkflowStatus.Faulted);
    }

    [Fact]
    public async Task Skip_WithAnOutcomeTheStepHasNot_IsRefusedForThatIncident_AndBadActionsAre400NamingTheField()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 33);
        var incident = await FailedStep.OpenIncidentAsync(_app.Services, flow.RequestId, "The BCSS answered 503.");
        using var admin = await _app.SignInAsync("namur-admin");

        var (skipStatus, skip) = await admin.PostAsync("/api/incidents/actions", Action("skip", incident, outcome: "Teleported"));
        var (verb, verbProblem) = await admin.PostAsync("/api/incidents/actions", Action("reboot", incident));
        var (none, noneProblem) = await admin.PostAsync("/api/incidents/actions", new JsonObject { ["action"] = "retry", ["incidentIds"] = new JsonArray() });
        var (mixed, mixedProblem) = await admin.PostAsync("/api/incidents/actions", Action("retry", incident, outcome: "Done"));

        skipStatus.ShouldBe(HttpStatusCode.OK);
        skip.EnumerateArray().ShouldHaveSingleItem().GetProperty("outcome").GetString().ShouldBe("OutcomeNotAllowed");
        verb.ShouldBe(HttpStatusCode.BadRequest);
        verbProblem.GetProperty("errors").TryGetProperty("action", out _).ShouldBeTrue();
        none.ShouldBe(HttpStatusCode.BadRequest);
        noneProblem.GetProperty("errors").TryGetProperty("incidentIds", out _).ShouldBeTrue();
        mixed.ShouldBe(HttpStatusCode.BadRequest);
        mixedProblem.GetProperty("errors").TryGetProperty("outcome", out _).ShouldBeTrue();
        (await InstanceStatusAsync(_app.Services, flow.RequestId)).ShouldBe(WorkflowStatus.Faulted);
    }

    private static JsonObject Action(string action, Guid incident, Guid? other = null, string? outcome = null)
    {
        var ids = new JsonArray(incident.ToString());
        if (other is { } second)
        {
            ids.Add(second.ToString());
        }

        var body = new JsonObject { ["action"] = action, ["incidentIds"] = ids };
        if (outcome is not null)
        {
            body["outcome"] = outcome;
        }

        return body;
    }

    private static async Task<WorkflowStatus> InstanceStatusAsync(IServiceProvider services, Guid requestId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        var instanceId = await db.Requests.IgnoreQueryFilters().Where(r => r.Id == requestId).Select(r => r.WorkflowInstanceId).SingleAsync();
        return await db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.Id == instanceId).Select(i => i.Status).SingleAsync();
    }
}
