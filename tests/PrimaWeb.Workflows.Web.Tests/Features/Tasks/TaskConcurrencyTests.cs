using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Tests.Features.Cases;

namespace PrimaWeb.Workflows.Web.Tests.Features.Tasks;

/// <summary>
/// Issue 12, point 2: operations on one task at the same instant. Exactly one is applied; the others answer 409, or
/// AlreadyApplied when they repeat the winner's operation id — never 500. On the stand-in "dis" (one review task).
/// </summary>
public sealed class TaskConcurrencyTests : IDisposable
{
    private const int AtOnce = 8;
    private readonly PrimaWebFactory _factory = new();
    private readonly WebApplicationFactory<Program> _app;

    public TaskConcurrencyTests()
    {
        var definitions = Path.Combine(AppContext.BaseDirectory, "Features", "Requests", "TestDefinitions");
        _app = _factory.WithWebHostBuilder(host => host.UseSetting("Workflows:DefinitionsPath", definitions));
    }

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Complete_EightAtOnce_SameAndOtherOperationIds_AppliesExactlyOne_TheOthersAreConflictsOrAlreadyApplied()
    {
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");
        var task = await OpenTaskAsync(namur);
        var taskId = task.GetProperty("id").GetGuid();

        // Half repeat one operation (same id, same values), half are operations of their own.
        var answers = await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(i => namur.PostAsync($"/api/tasks/{taskId}/complete", new JsonObject
        {
            ["expectedRevision"] = task.GetProperty("revision").GetInt32(),
            ["operationId"] = i % 2 == 0 ? "complete-shared" : $"complete-{i}",
            ["payload"] = new JsonObject { ["note"] = i % 2 == 0 ? "shared" : $"note {i}" },
        })));

        answers.Select(a => a.Status).ShouldAllBe(status => status == HttpStatusCode.OK || status == HttpStatusCode.Conflict);
        var applied = answers.Where(a => a.Status == HttpStatusCode.OK).Select(a => a.Body.GetProperty("status").GetString()).ToList();
        applied.Count(status => status == "Succeeded").ShouldBe(1);
        applied.ShouldAllBe(status => status == "Succeeded" || status == "AlreadyApplied");
        answers.Where(a => a.Status == HttpStatusCode.Conflict).ShouldAllBe(a => a.Body.GetProperty("detail").GetString()!.Length > 0);
        (await HistoryAsync(taskId)).Count(h => h.Action == HumanTaskAction.Completed).ShouldBe(1);
        var (_, done) = await namur.GetAsync($"/api/tasks/{taskId}");
        done.GetProperty("status").GetString().ShouldBe("Completed");
    }

    [Fact]
    public async Task Claim_EightAtOnce_OneClaims_TheOthersAnswer409()
    {
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");
        var task = await OpenTaskAsync(namur);
        var taskId = task.GetProperty("id").GetGuid();

        var answers = await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(i => namur.PostAsync($"/api/tasks/{taskId}/claim", new JsonObject
        {
            ["expectedRevision"] = task.GetProperty("revision").GetInt32(),
            ["operationId"] = $"claim-{i}",
        })));

        answers.Count(a => a.Status == HttpStatusCode.OK).ShouldBe(1);
        answers.Count(a => a.Status == HttpStatusCode.Conflict).ShouldBe(AtOnce - 1);
        (await HistoryAsync(taskId)).Count(h => h.Action == HumanTaskAction.Claimed).ShouldBe(1);
    }

    private static async Task<JsonElement> OpenTaskAsync(ApiSession session)
    {
        var caseId = await CaseEndpointsTests.CaseIdAsync(session, "NA-2026-0002");
        var (status, _) = await session.PostAsync($"/api/cases/{caseId}/requests", new JsonObject { ["type"] = "Dis", ["receivedOn"] = "2026-11-20" });
        status.ShouldBe(HttpStatusCode.Created);
        var (_, inbox) = await session.GetAsync($"/api/tasks?tab=team&caseId={caseId}");
        return inbox.EnumerateArray().ShouldHaveSingleItem();
    }

    private async Task<IReadOnlyList<HumanTaskHistoryEntry>> HistoryAsync(Guid taskId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HumanTaskService>().HistoryAsync(taskId, CancellationToken.None);
    }
}
