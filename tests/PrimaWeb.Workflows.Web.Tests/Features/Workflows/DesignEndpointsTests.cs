using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Web.Tests.Features.Cases;

namespace PrimaWeb.Workflows.Web.Tests.Features.Workflows;

/// <summary>
/// The designer's API on stand-in definitions (Features/Workflows/DesignDefinitions, not the repository's) and a fake
/// clock: a draft made, saved with its revision, validated, compared, published for a later date, retired; the version a
/// request runs follows its reception date; analysts only.
/// </summary>
public sealed class DesignEndpointsTests : IDisposable
{
    private const string Dis = "/api/workflow/definitions/dis";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly PrimaWebFactory _app;

    public DesignEndpointsTests()
    {
        _app = new PrimaWebFactory
        {
            Clock = _clock,
            Settings = new Dictionary<string, string?>
            {
                ["Workflows:DefinitionsPath"] = Path.Combine(AppContext.BaseDirectory, "Features", "Workflows", "DesignDefinitions"),
            },
        };
    }

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task CreateDraft_FromV1_Answers201WithTheNextVersionAsADraftOfTheSameGraph()
    {
        using var analyst = await AnalystAsync();

        var created = await analyst.PostAsync($"{Dis}/drafts", new JsonObject { ["fromVersion"] = 1 });
        var draft = await analyst.GetAsync($"{Dis}/versions/2");

        created.Status.ShouldBe(HttpStatusCode.Created, created.ToString());
        created.Json.GetProperty("version").GetInt32().ShouldBe(2);
        draft.Status.ShouldBe(HttpStatusCode.OK);
        draft.ETag.ShouldNotBeNull();
        draft.Json.GetProperty("status").GetString().ShouldBe("draft");
        draft.Json.GetProperty("version").GetInt32().ShouldBe(2);
        draft.Json.GetProperty("activities").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task SaveDraft_StaleRevision_Answers409AndKeepsTheSavedText()
    {
        using var analyst = await AnalystAsync();
        var (text, revision) = await DraftAsync(analyst);
        var first = await analyst.SendAsync(HttpMethod.Put, $"{Dis}/versions/2", WithTitle(text, "First analyst"), revision);

        var second = await analyst.SendAsync(HttpMethod.Put, $"{Dis}/versions/2", WithTitle(text, "Second analyst"), revision);
        var stored = await analyst.GetAsync($"{Dis}/versions/2");

        first.Status.ShouldBe(HttpStatusCode.OK, first.ToString());
        first.Json.GetProperty("revision").GetInt32().ShouldBe(int.Parse(revision, System.Globalization.CultureInfo.InvariantCulture) + 1);
        second.Status.ShouldBe(HttpStatusCode.Conflict, second.ToString());
        Title(stored.Text).ShouldBe("First analyst");
    }

    [Fact]
    public async Task SaveDraft_Unreadable_Answers400NamingTheJsonPathAndKeepsTheText()
    {
        using var analyst = await AnalystAsync();
        var (text, revision) = await DraftAsync(analyst);
        var broken = JsonNode.Parse(text)!;
        broken["activities"]![1]!.AsObject().Remove("type");

        var answer = await analyst.SendAsync(HttpMethod.Put, $"{Dis}/versions/2", broken.ToJsonString(), revision);
        var stored = await analyst.GetAsync($"{Dis}/versions/2");

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.Json.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(path => path.StartsWith("$.activities[1]", StringComparison.Ordinal));
        stored.Text.ShouldBe(text);
        stored.ETag.ShouldBe(revision);
    }

    [Fact]
    public async Task SaveDraft_WithoutTheRevision_Answers428InTheAnalystsLanguageAndKeepsTheText()
    {
        using var analyst = await AnalystAsync();
        var (text, _) = await DraftAsync(analyst);

        var answer = await analyst.SendAsync(HttpMethod.Put, $"{Dis}/versions/2", WithTitle(text, "Without revision"));
        var stored = await analyst.GetAsync($"{Dis}/versions/2");

        answer.Status.ShouldBe((HttpStatusCode)428, answer.ToString());
        answer.Json.GetProperty("title").GetString().ShouldBe("Une condition préalable manque");
        answer.Json.GetProperty("detail").GetString()!.ShouldContain("If-Match");
        stored.Text.ShouldBe(text);
    }

    [Fact]
    public async Task Validate_BrokenConnection_ListsTheErrorWithItsPathAndActivity_AndNothingOnceFixed()
    {
        using var analyst = await AnalystAsync();
        var (text, revision) = await DraftAsync(analyst);
        var broken = JsonNode.Parse(text)!;
        broken["connections"]![1]!["to"] = "nowhere";
        var saved = await analyst.SendAsync(HttpMethod.Put, $"{Dis}/versions/2", broken.ToJsonString(), revision);

        var invalid = await analyst.PostAsync($"{Dis}/versions/2/validate");
        await analyst.SendAsync(HttpMethod.Put, $"{Dis}/versions/2", text, saved.Json.GetProperty("revision").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var valid = await analyst.PostAsync($"{Dis}/versions/2/validate");

        invalid.Status.ShouldBe(HttpStatusCode.OK, invalid.ToString());
        var error = invalid.Json.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("path").GetString()!.ShouldStartWith("$.connections[1]");
        error.GetProperty("activityId").GetString().ShouldBe("review");
        valid.Json.GetProperty("errors").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Diff_V1ToAChangedDraft_ListsTheChangedInput()
    {
        using var analyst = await AnalystAsync();
        var (text, revision) = await DraftAsync(analyst);
        await analyst.SendAsync(HttpMethod.Put, $"{Dis}/versions/2", WithTitle(text, "Review the request (2027)"), revision);

        var diff = await analyst.GetAsync($"{Dis}/diff?from=1&to=2");

        diff.Status.ShouldBe(HttpStatusCode.OK, diff.ToString());
        diff.Json.GetProperty("activitiesAdded").GetArrayLength().ShouldBe(0);
        diff.Json.GetProperty("activitiesRemoved").GetArrayLength().ShouldBe(0);
        var changed = diff.Json.GetProperty("activitiesChanged").EnumerateArray().ShouldHaveSingleItem();
        changed.GetProperty("id").GetString().ShouldBe("review");
        changed.GetProperty("inputs").EnumerateArray().Single().GetProperty("name").GetString().ShouldBe("title");
    }

    [Fact]
    public async Task Publish_ForALaterDate_ADisReceivedBeforeRunsV1AndOneReceivedOnOrAfterRunsV2()
    {
        using var analyst = await AnalystAsync();
        var (text, revision) = await DraftAsync(analyst);
        await analyst.SendAsync(HttpMethod.Put, $"{Dis}/versions/2", WithTitle(text, "Review the request (v2)"), revision);

        var published = await analyst.PostAsync($"{Dis}/versions/2/publish", new JsonObject { ["effectiveFrom"] = "2026-12-10" });
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.Zero));
        using var worker = await ApiSession.SignInAsync(_app, "namur-social-worker");
        var before = await FileDisAsync(worker, "NA-2026-0002", "2026-12-09");
        var onTheDay = await FileDisAsync(worker, "NA-2026-0003", "2026-12-10");

        published.Status.ShouldBe(HttpStatusCode.OK, published.ToString());
        published.Json.GetProperty("status").GetString().ShouldBe("published");
        before.ShouldBe(1);
        onTheDay.ShouldBe(2);
    }

    [Fact]
    public async Task Publish_DateInThePast_Answers400NamingEffectiveFromAndLeavesTheDraft()
    {
        using var analyst = await AnalystAsync();
        await DraftAsync(analyst);

        var answer = await analyst.PostAsync($"{Dis}/versions/2/publish", new JsonObject { ["effectiveFrom"] = "2026-12-02" });
        var draft = await analyst.GetAsync($"{Dis}/versions/2");

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.Json.GetProperty("errors").GetProperty("$.effectiveFrom")[0].GetString().ShouldBe("La date doit être aujourd'hui ou plus tard", answer.ToString());
        draft.Json.GetProperty("status").GetString().ShouldBe("draft");
    }

    [Fact]
    public async Task PublishAndRetire_AreAuditedWithWhoAndWhen()
    {
        using var analyst = await AnalystAsync();
        await DraftAsync(analyst);
        await analyst.PostAsync($"{Dis}/versions/2/publish", new JsonObject { ["effectiveFrom"] = "2026-12-10" });

        var retired = await analyst.PostAsync($"{Dis}/versions/2/retire");
        var events = await analyst.GetAsync($"{Dis}/events");

        retired.Status.ShouldBe(HttpStatusCode.OK, retired.ToString());
        retired.Json.GetProperty("status").GetString().ShouldBe("retired");
        var kinds = events.Json.EnumerateArray()
            .Select(e => (Kind: e.GetProperty("kind").GetString(), Actor: e.GetProperty("actor").GetString(), At: e.GetProperty("at").GetDateTimeOffset()))
            .ToList();
        kinds.ShouldContain(e => e.Kind == "Published" && e.Actor == "namur-analyst" && e.At == _clock.GetUtcNow());
        kinds.ShouldContain(e => e.Kind == "Retired" && e.Actor == "namur-analyst");
    }

    [Fact]
    public async Task Export_PublishedVersion_IsTheRepositoryFileByteForByte()
    {
        using var app = new PrimaWebFactory();
        using var analyst = await DesignApi.SignInAsync(app, "namur-analyst");

        foreach (var (id, version) in new[] { ("dis", 1), ("equivalent-ris", 1) })
        {
            var exported = await analyst.GetAsync($"/api/workflow/definitions/{id}/versions/{version}");

            exported.Status.ShouldBe(HttpStatusCode.OK);
            exported.Text.ShouldBe(await File.ReadAllTextAsync(Repository.PathTo($"definitions/{id}/v{version}.json")), $"{id} v{version}");
        }
    }

    [Theory]
    [InlineData("namur-social-worker")]
    [InlineData("namur-manager")]
    public async Task DesignEndpoints_SocialWorkerOrManager_Answer403AndChangeNothing(string user)
    {
        using var other = await DesignApi.SignInAsync(_app, user);
        using var analyst = await AnalystAsync();

        var draft = await other.PostAsync($"{Dis}/drafts", new JsonObject { ["fromVersion"] = 1 });
        var read = await other.GetAsync($"{Dis}/versions/1");
        var publish = await other.PostAsync($"{Dis}/versions/1/retire");
        var dryRun = await other.PostAsync("/api/workflow/migrations/dry-run", new JsonObject { ["definitionId"] = "dis", ["fromVersion"] = 1, ["toVersion"] = 1 });
        var versions = await analyst.GetAsync("/api/workflow/definitions");

        new[] { draft, read, publish, dryRun }.Select(a => a.Status).ShouldAllBe(status => status == HttpStatusCode.Forbidden);
        versions.Json.EnumerateArray().Where(d => d.GetProperty("id").GetString() == "dis")
            .Select(d => (d.GetProperty("version").GetInt32(), d.GetProperty("status").GetString())).ShouldBe([(1, "published")]);
    }

    [Fact]
    public async Task Migration_DryRunRefusesTheInstanceWaitingWhereV2HasNothing_AndTheBatchMovesTheOthers()
    {
        using var analyst = await AnalystAsync();
        var toA = new[] { await StartParkedAsync(route: true), await StartParkedAsync(route: true) };
        var toB = await StartParkedAsync(route: false);
        var created = await analyst.PostAsync("/api/workflow/definitions/parked/drafts", new JsonObject { ["fromVersion"] = 1 });
        var draft = await analyst.GetAsync("/api/workflow/definitions/parked/versions/2");
        var withoutB = JsonNode.Parse(draft.Text)!.AsObject();
        RemoveWhere(withoutB["activities"]!.AsArray(), a => (string)a!["id"]! == "waitB");
        RemoveWhere(withoutB["connections"]!.AsArray(), c => (string)c!["from"]! == "waitB");
        withoutB["connections"]!.AsArray().Single(c => (string?)c!["outcome"] == "False")!["to"] = "waitA";
        (await analyst.SendAsync(HttpMethod.Put, "/api/workflow/definitions/parked/versions/2", withoutB.ToJsonString(), draft.ETag)).Status.ShouldBe(HttpStatusCode.OK);
        (await analyst.PostAsync("/api/workflow/definitions/parked/versions/2/publish", new JsonObject { ["effectiveFrom"] = "2026-12-03" })).Status.ShouldBe(HttpStatusCode.OK);
        var plan = new JsonObject { ["definitionId"] = "parked", ["fromVersion"] = 1, ["toVersion"] = 2 };

        var dryRun = await analyst.PostAsync("/api/workflow/migrations/dry-run", plan);
        var stillV1 = await analyst.GetAsync("/api/workflow/definitions/parked/versions/1/instances");
        var started = await analyst.PostAsync("/api/workflow/migrations", plan.DeepClone());
        var batchId = started.Json.GetProperty("id").GetGuid();
        await RunBatchAsync(batchId);
        var progress = await analyst.GetAsync($"/api/workflow/migrations/{batchId}");
        var events = await analyst.GetAsync("/api/workflow/definitions/parked/events");

        created.Status.ShouldBe(HttpStatusCode.Created);
        dryRun.Status.ShouldBe(HttpStatusCode.OK, dryRun.ToString());
        dryRun.Json.GetProperty("movable").GetInt32().ShouldBe(2);
        dryRun.Json.GetProperty("blocked").GetInt32().ShouldBe(1);
        var refused = dryRun.Json.GetProperty("instances").EnumerateArray().Single(i => !i.GetProperty("canMigrate").GetBoolean());
        refused.GetProperty("instanceId").GetGuid().ShouldBe(toB);
        refused.GetProperty("reasons")[0].GetString()!.ShouldContain("waitB");
        stillV1.Json.GetArrayLength().ShouldBe(3, "a dry run moves nothing");
        started.Status.ShouldBe(HttpStatusCode.Accepted, started.ToString());
        progress.Json.GetProperty("moved").GetInt32().ShouldBe(2);
        progress.Json.GetProperty("refused").GetInt32().ShouldBe(1);
        progress.Json.GetProperty("pending").GetInt32().ShouldBe(0);
        progress.Json.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("status").GetString() == "Moved")
            .Select(i => i.GetProperty("instanceId").GetGuid()).ShouldBe(toA, ignoreOrder: true);
        var versions = await InstanceVersionsAsync();
        versions.OrderBy(v => v.Key).ShouldBe(new Dictionary<Guid, int> { [toA[0]] = 2, [toA[1]] = 2, [toB] = 1 }.OrderBy(v => v.Key));
        events.Json.EnumerateArray().ShouldContain(e => e.GetProperty("kind").GetString()!.StartsWith("Migrat", StringComparison.Ordinal)
            && e.GetProperty("actor").GetString() == "namur-analyst");
    }

    private Task<DesignApi> AnalystAsync() => DesignApi.SignInAsync(_app, "namur-analyst");

    /// <summary>Makes the v2 draft of dis from v1; its text and revision.</summary>
    private static async Task<(string Text, string Revision)> DraftAsync(DesignApi analyst)
    {
        (await analyst.PostAsync($"{Dis}/drafts", new JsonObject { ["fromVersion"] = 1 })).Status.ShouldBe(HttpStatusCode.Created);
        var draft = await analyst.GetAsync($"{Dis}/versions/2");
        return (draft.Text, draft.ETag!);
    }

    private static string WithTitle(string text, string title)
    {
        var document = JsonNode.Parse(text)!;
        document["activities"]!.AsArray().Single(a => (string)a!["id"]! == "review")!["inputs"]!["title"] = title;
        return document.ToJsonString();
    }

    private static string? Title(string text) =>
        (string?)JsonNode.Parse(text)!["activities"]!.AsArray().Single(a => (string)a!["id"]! == "review")!["inputs"]!["title"];

    private static async Task<int> FileDisAsync(ApiSession worker, string reference, string receivedOn)
    {
        var caseId = await CaseEndpointsTests.CaseIdAsync(worker, reference);
        var (status, filed) = await worker.PostAsync($"/api/cases/{caseId}/requests", new JsonObject { ["type"] = "Dis", ["receivedOn"] = receivedOn });
        status.ShouldBe(HttpStatusCode.Created, filed.ToString());
        return filed.GetProperty("definitionVersion").GetInt32();
    }

    private async Task<Guid> StartParkedAsync(bool route)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<Engine.Execution.WorkflowRunner>().StartAsync(
            new Engine.Execution.StartWorkflowRequest("parked") { Version = 1, Variables = new JsonObject { ["route"] = route } }, CancellationToken.None);
        return run.InstanceId;
    }

    /// <summary>Does what the batch's Hangfire job does (no Hangfire server runs on a fake clock): one instance per call.</summary>
    private async Task RunBatchAsync(Guid batchId)
    {
        for (var step = 0; step < 10; step++)
        {
            await using var scope = _app.Services.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<Engine.Migration.MigrationBatchRunner>().RunNextAsync(batchId, CancellationToken.None))
            {
                return;
            }
        }
    }

    private async Task<Dictionary<Guid, int>> InstanceVersionsAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.PrimaWebDbContext>();
        return await db.Set<Engine.Execution.WorkflowInstance>().AsNoTracking()
            .Where(i => i.DefinitionId == "parked").ToDictionaryAsync(i => i.Id, i => i.DefinitionVersion);
    }

    private static void RemoveWhere(JsonArray array, Func<JsonNode?, bool> match)
    {
        foreach (var item in array.Where(match).ToList())
        {
            array.Remove(item);
        }
    }
}
