using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Web.Tests.Features.Cases;

namespace PrimaWeb.Workflows.Web.Tests.Features.Requests;

/// <summary>
/// Filing a request and working its tasks through the API, on a stand-in "dis" definition (one review task) so that
/// these tests follow the API, not the request steps (those are in RequestWorkflowTests).
/// </summary>
public sealed class RequestAndTaskEndpointsTests : IDisposable
{
    private readonly PrimaWebFactory _app = new()
    {
        Settings = new Dictionary<string, string?> { ["Workflows:DefinitionsPath"] = Path.Combine(AppContext.BaseDirectory, "Features", "Requests", "TestDefinitions") },
    };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task FileRequest_Dis_CreatesTheRequestAndStartsItsWorkflowInOneGo()
    {
        using var namur = await SignInAsync("namur-social-worker");
        var caseId = await CaseEndpointsTests.CaseIdAsync(namur, "NA-2026-0002");

        var (status, filed) = await namur.PostAsync($"/api/cases/{caseId}/requests", new JsonObject { ["type"] = "Dis", ["receivedOn"] = "2026-11-20" });
        var (_, details) = await namur.GetAsync($"/api/cases/{caseId}");
        var (_, inbox) = await namur.GetAsync($"/api/tasks?tab=team&caseId={caseId}");

        status.ShouldBe(HttpStatusCode.Created);
        filed.GetProperty("definitionId").GetString().ShouldBe("dis");
        filed.GetProperty("definitionVersion").GetInt32().ShouldBe(1);
        filed.GetProperty("workflowStatus").GetString().ShouldBe("Suspended");
        var request = details.GetProperty("requests").EnumerateArray().ShouldHaveSingleItem();
        request.GetProperty("id").GetGuid().ShouldBe(filed.GetProperty("id").GetGuid());
        request.GetProperty("workflowInstanceId").GetGuid().ShouldBe(filed.GetProperty("workflowInstanceId").GetGuid());
        var task = inbox.EnumerateArray().ShouldHaveSingleItem();
        task.GetProperty("type").GetString().ShouldBe("Test.Review");
        task.GetProperty("requestId").GetGuid().ShouldBe(filed.GetProperty("id").GetGuid());
        task.GetProperty("form").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task FileRequest_InvalidInput_Answers400NamingEachField()
    {
        using var namur = await SignInAsync("namur-social-worker");
        var caseId = await CaseEndpointsTests.CaseIdAsync(namur, "NA-2026-0002");

        var (status, problem) = await namur.PostAsync($"/api/cases/{caseId}/requests", new JsonObject { ["type"] = "Loi65", ["receivedOn"] = "20/11/2026" });
        var (futureStatus, future) = await namur.PostAsync($"/api/cases/{caseId}/requests", new JsonObject { ["type"] = "Dis", ["receivedOn"] = "2099-01-01" });

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("type", out _).ShouldBeTrue();
        problem.GetProperty("errors").TryGetProperty("receivedOn", out _).ShouldBeTrue();
        futureStatus.ShouldBe(HttpStatusCode.BadRequest);
        future.GetProperty("errors").TryGetProperty("receivedOn", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task FileRequest_NoDefinitionInForceOnTheReceptionDay_Answers400AndFilesNothing()
    {
        using var namur = await SignInAsync("namur-social-worker");
        var caseId = await CaseEndpointsTests.CaseIdAsync(namur, "NA-2026-0002");

        var (status, problem) = await namur.PostAsync($"/api/cases/{caseId}/requests", new JsonObject { ["type"] = "Dis", ["receivedOn"] = "2025-12-31" });
        var (_, details) = await namur.GetAsync($"/api/cases/{caseId}");

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("receivedOn")[0].GetString()!.ShouldContain("2025-12-31");
        details.GetProperty("requests").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Tasks_ClaimThenComplete_ResumesTheWorkflowAndEmptiesTheInbox()
    {
        using var namur = await SignInAsync("namur-social-worker");
        var (caseId, task) = await FileAsync(namur);
        var taskId = task.GetProperty("id").GetGuid();
        var revision = task.GetProperty("revision").GetInt32();

        var (claimStatus, claimed) = await namur.PostAsync($"/api/tasks/{taskId}/claim", Command(revision, "claim-1"));
        var (_, mine) = await namur.GetAsync("/api/tasks?tab=mine");
        var (completeStatus, _) = await namur.PostAsync($"/api/tasks/{taskId}/complete", Command(claimed.GetProperty("revision").GetInt32(), "complete-1", new JsonObject { ["note"] = "Seen", ["amount"] = 1200 }));
        var (_, inbox) = await namur.GetAsync($"/api/tasks?tab=team&caseId={caseId}");
        var (_, done) = await namur.GetAsync($"/api/tasks/{taskId}");

        claimStatus.ShouldBe(HttpStatusCode.OK);
        mine.EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ShouldContain(taskId);
        completeStatus.ShouldBe(HttpStatusCode.OK);
        inbox.GetArrayLength().ShouldBe(0);
        done.GetProperty("status").GetString().ShouldBe("Completed");
    }

    [Fact]
    public async Task Tasks_StaleRevision_Answers409WithAClearMessage()
    {
        using var namur = await SignInAsync("namur-social-worker", "en-BE");
        var (_, task) = await FileAsync(namur);
        var taskId = task.GetProperty("id").GetGuid();
        var revision = task.GetProperty("revision").GetInt32();
        await namur.PostAsync($"/api/tasks/{taskId}/claim", Command(revision, "claim-1"));

        var (status, problem) = await namur.PostAsync($"/api/tasks/{taskId}/release", Command(revision, "release-1"));
        var (replayStatus, replay) = await namur.PostAsync($"/api/tasks/{taskId}/claim", Command(revision, "claim-1"));

        status.ShouldBe(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString()!.ShouldContain($"not {revision}");
        replayStatus.ShouldBe(HttpStatusCode.OK);
        replay.GetProperty("status").GetString().ShouldBe("AlreadyApplied");
    }

    [Fact]
    public async Task Tasks_CompleteWithAnInvalidForm_Answers400NamingEachField()
    {
        using var namur = await SignInAsync("namur-social-worker");
        var (_, task) = await FileAsync(namur);
        var taskId = task.GetProperty("id").GetGuid();

        var (status, problem) = await namur.PostAsync($"/api/tasks/{taskId}/complete", Command(task.GetProperty("revision").GetInt32(), "complete-1", new JsonObject { ["amount"] = -5 }));
        var (missingStatus, missing) = await namur.PostAsync($"/api/tasks/{taskId}/claim", new JsonObject());

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("payload.note", out _).ShouldBeTrue();
        problem.GetProperty("errors").TryGetProperty("payload.amount", out _).ShouldBeTrue();
        missingStatus.ShouldBe(HttpStatusCode.BadRequest);
        missing.GetProperty("errors").TryGetProperty("expectedRevision", out _).ShouldBeTrue();
        missing.GetProperty("errors").TryGetProperty("operationId", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Tasks_Reassign_ByAManagerGivesTheTaskToTheColleague_OthersAreRefused()
    {
        using var worker = await SignInAsync("namur-social-worker");
        using var manager = await SignInAsync("namur-manager");
        var (_, task) = await FileAsync(worker);
        var taskId = task.GetProperty("id").GetGuid();
        var revision = task.GetProperty("revision").GetInt32();

        var (workerStatus, workerProblem) = await worker.PostAsync($"/api/tasks/{taskId}/reassign", Reassign(revision, "by-worker", "namur-social-worker"));
        var (strangerStatus, stranger) = await manager.PostAsync($"/api/tasks/{taskId}/reassign", Reassign(revision, "to-stranger", "gent-social-worker"));
        var (missingStatus, missing) = await manager.PostAsync($"/api/tasks/{taskId}/reassign", new JsonObject());
        var (status, done) = await manager.PostAsync($"/api/tasks/{taskId}/reassign", Reassign(revision, "to-amelie", "namur-social-worker"));
        var (_, mine) = await worker.GetAsync("/api/tasks?tab=mine");
        var (_, unassigned) = await worker.GetAsync("/api/tasks?tab=unassigned");

        workerStatus.ShouldBe(HttpStatusCode.Forbidden);
        workerProblem.GetProperty("detail").GetString().ShouldBe("Seul un responsable peut confier une tâche à un collègue.");
        strangerStatus.ShouldBe(HttpStatusCode.BadRequest);
        stranger.GetProperty("errors").TryGetProperty("assignee", out _).ShouldBeTrue();
        missingStatus.ShouldBe(HttpStatusCode.BadRequest);
        missing.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["expectedRevision", "operationId", "assignee"], ignoreOrder: true);
        status.ShouldBe(HttpStatusCode.OK);
        done.GetProperty("revision").GetInt32().ShouldBeGreaterThan(revision);
        var given = mine.EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == taskId);
        given.GetProperty("assignee").GetString().ShouldBe("namur-social-worker");
        unassigned.EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ShouldNotContain(taskId);
    }

    [Fact]
    public async Task Tasks_UnassignedTab_ListsOpenTasksOfMyRolesUntilOneIsClaimed()
    {
        using var namur = await SignInAsync("namur-social-worker");
        var (_, task) = await FileAsync(namur);
        var taskId = task.GetProperty("id").GetGuid();

        var (_, before) = await namur.GetAsync("/api/tasks?tab=unassigned");
        await namur.PostAsync($"/api/tasks/{taskId}/claim", Command(task.GetProperty("revision").GetInt32(), "claim-1"));
        var (_, after) = await namur.GetAsync("/api/tasks?tab=unassigned");
        var (_, team) = await namur.GetAsync("/api/tasks?tab=team");

        before.EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ShouldContain(taskId);
        after.EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ShouldNotContain(taskId);
        team.EnumerateArray().Count(t => t.GetProperty("id").GetGuid() == taskId).ShouldBe(1);
    }

    [Fact]
    public async Task AnotherCpasUser_GetsNotFoundForEveryEndpointOfTheCase()
    {
        using var namur = await SignInAsync("namur-social-worker");
        using var gent = await SignInAsync("gent-social-worker");
        var (caseId, task) = await FileAsync(namur);
        var taskId = task.GetProperty("id").GetGuid();
        var command = Command(task.GetProperty("revision").GetInt32(), "gent-1", new JsonObject { ["note"] = "x" });

        var statuses = new List<HttpStatusCode>
        {
            (await gent.GetAsync($"/api/cases/{caseId}")).Status,
            (await gent.GetAsync($"/api/cases/{caseId}/file")).Status,
            (await gent.GetAsync($"/api/cases/{caseId}/letters/{Guid.NewGuid()}")).Status,
            (await gent.PutAsync($"/api/cases/{caseId}/household/de-facto", new JsonObject { ["members"] = new JsonArray() })).Status,
            (await gent.PostAsync($"/api/cases/{caseId}/requests", new JsonObject { ["type"] = "Dis", ["receivedOn"] = "2026-11-20" })).Status,
            (await gent.GetAsync($"/api/tasks/{taskId}")).Status,
            (await gent.PostAsync($"/api/tasks/{taskId}/claim", command)).Status,
            (await gent.PostAsync($"/api/tasks/{taskId}/release", command)).Status,
            (await gent.PostAsync($"/api/tasks/{taskId}/complete", command)).Status,
        };
        var (_, gentInbox) = await gent.GetAsync($"/api/tasks?tab=team&caseId={caseId}");

        statuses.ShouldAllBe(status => status == HttpStatusCode.NotFound);
        gentInbox.GetArrayLength().ShouldBe(0);
    }

    private static JsonObject Reassign(int revision, string operationId, string assignee) =>
        new() { ["expectedRevision"] = revision, ["operationId"] = operationId, ["assignee"] = assignee };

    private async Task<ApiSession> SignInAsync(string user, string? culture = null) => await ApiSession.SignInAsync(_app, user, culture);

    private static async Task<(Guid CaseId, JsonElement Task)> FileAsync(ApiSession session)
    {
        var caseId = await CaseEndpointsTests.CaseIdAsync(session, "NA-2026-0002");
        var (status, _) = await session.PostAsync($"/api/cases/{caseId}/requests", new JsonObject { ["type"] = "Dis", ["receivedOn"] = "2026-11-20" });
        status.ShouldBe(HttpStatusCode.Created);
        var (_, inbox) = await session.GetAsync($"/api/tasks?tab=team&caseId={caseId}");
        return (caseId, inbox.EnumerateArray().ShouldHaveSingleItem());
    }

    private static JsonObject Command(int revision, string operationId, JsonObject? payload = null) => new()
    {
        ["expectedRevision"] = revision,
        ["operationId"] = operationId,
        ["payload"] = payload,
    };
}
