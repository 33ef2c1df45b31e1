using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Web.Tests.Features.Requests;

/// <summary>What a social worker and a manager of Namur do for one request, through the API only.</summary>
internal sealed class RequestFlow(RequestWorkflowApp app, ApiSession worker, ApiSession manager, Guid caseId, Guid requestId)
{
    public Guid CaseId { get; } = caseId;

    public Guid RequestId { get; } = requestId;

    public ApiSession Worker { get; } = worker;

    public ApiSession Manager { get; } = manager;

    /// <summary>Opens a case for a simulated adult and files a request received today; the integration and consultations are delivered.</summary>
    /// <summary>Opens a case for the simulated adult and files a request of the type, with what the type asks at filing when <paramref name="details"/> are given.</summary>
    public static async Task<RequestFlow> FileAsync(RequestWorkflowApp app, int person, string type = "Dis", bool deliver = true, JsonObject? details = null)
    {
        var worker = await app.SignInAsync("namur-social-worker");
        var manager = await app.SignInAsync("namur-manager");
        var niss = SimulatedPersons.Adults[person].Niss.ToString();
        var (opened, @case) = await worker.PostAsync("/api/cases", new JsonObject { ["niss"] = niss, ["openedOn"] = Date(app.Today.AddDays(-30)) });
        opened.ShouldBe(HttpStatusCode.Created);
        var caseId = @case.GetProperty("id").GetGuid();
        var (filed, request) = await worker.PostAsync($"/api/cases/{caseId}/requests", new JsonObject { ["type"] = type, ["receivedOn"] = Date(app.Today), ["details"] = details });
        filed.ShouldBe(HttpStatusCode.Created, request.ToString());
        if (deliver)
        {
            await app.DeliverOutboxAsync();
        }

        return new RequestFlow(app, worker, manager, caseId, request.GetProperty("id").GetGuid());
    }

    /// <summary>Resources (a part-time wage, rent) and a report proposing to grant: the request reaches the Council.</summary>
    public async Task ToCouncilAsync()
    {
        await CompleteAsync(Worker, "record-resources", new JsonObject { ["category"] = "Isolated", ["claimantEarnedIncome"] = 600, ["rent"] = 550 });
        await CompleteAsync(Worker, "social-report", new JsonObject { ["report"] = "Vit seul, travaille à temps partiel.", ["proposal"] = "Grant" });
    }

    public Task DecideAsync(string decision, decimal? amount = null, string? motivation = null)
    {
        var payload = new JsonObject { ["decision"] = decision, ["decidedOn"] = Date(app.Today) };
        if (amount is { } monthly)
        {
            payload["monthlyAmount"] = monthly;
        }

        if (motivation is not null)
        {
            payload["motivation"] = motivation;
        }

        return CompleteAsync(Manager, "council-decision", payload);
    }

    /// <summary>Sends the decision's form, lets the SPP-IS answer, reads the answer and delivers what follows.</summary>
    public async Task<int> ExchangeWithSppIsAsync()
    {
        await app.DeliverOutboxAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        var answers = await app.PollAnswersAsync();
        await app.DeliverOutboxAsync();
        return answers;
    }

    /// <summary>The one open task of a type in the case, from the user's own tasks or their roles' tasks.</summary>
    public async Task<JsonElement?> FindTaskAsync(ApiSession session, string type)
    {
        foreach (var view in new[] { "mine", "team" })
        {
            var (status, tasks) = await session.GetAsync($"/api/tasks?tab={view}&caseId={CaseId}&taskType={type}");
            status.ShouldBe(HttpStatusCode.OK);
            if (tasks.GetArrayLength() > 0)
            {
                return tasks.EnumerateArray().ShouldHaveSingleItem();
            }
        }

        return null;
    }

    public async Task CompleteAsync(ApiSession session, string type, JsonObject payload)
    {
        var task = await FindTaskAsync(session, type) ?? throw new ShouldAssertException($"No open task '{type}' in case {CaseId}.");
        var (status, answer) = await session.PostAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new JsonObject
        {
            ["expectedRevision"] = task.GetProperty("revision").GetInt32(),
            ["operationId"] = Guid.NewGuid().ToString(),
            ["payload"] = payload,
        });
        status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        await app.DeliverOutboxAsync();
    }

    public async Task<JsonElement> FileAsync()
    {
        var (status, file) = await Worker.GetAsync($"/api/cases/{CaseId}/file");
        status.ShouldBe(HttpStatusCode.OK);
        return file;
    }

    public async Task<JsonElement> RequestAsync()
    {
        var (_, details) = await Worker.GetAsync($"/api/cases/{CaseId}");
        return details.GetProperty("requests").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == RequestId);
    }

    /// <summary>
    /// After a grant: a year later, the integration's end is extended (as a social worker would, 30 days before it),
    /// then the yearly review falls due. Returns the flow with sessions signed in again (they last 8 hours).
    /// </summary>
    public async Task<RequestFlow> ToYearlyReviewAsync()
    {
        var grantedOn = app.Today;
        app.Clock.SetUtcNow(new DateTimeOffset(grantedOn.AddYears(1).AddDays(-30).ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero));
        await app.FireDueTimersAsync();
        var later = await SignInAgainAsync();
        await later.CompleteAsync(later.Worker, "integration-expiring", new JsonObject { ["choice"] = "extend" });
        app.Clock.SetUtcNow(new DateTimeOffset(grantedOn.AddYears(1).AddDays(1).ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero));
        await app.FireDueTimersAsync();
        return await later.SignInAgainAsync();
    }

    public async Task<RequestFlow> SignInAgainAsync() =>
        new(app, await app.SignInAsync("namur-social-worker"), await app.SignInAsync("namur-manager"), CaseId, RequestId);

    /// <summary>The manager records the Council's suspension, withdrawal or resumption.</summary>
    public Task MutateAsync(string mutation, DateOnly decidedOn, DateOnly from, DateOnly? until = null, string reason = "Décision du Conseil.")
    {
        var payload = new JsonObject { ["mutation"] = mutation, ["decidedOn"] = Date(decidedOn), ["from"] = Date(from), ["reason"] = reason };
        if (until is { } end)
        {
            payload["until"] = Date(end);
        }

        return CompleteAsync(Manager, "council-mutation", payload);
    }

    public async Task<string> LetterTextAsync(JsonElement letter)
    {
        var (status, content) = await Worker.GetTextAsync($"/api/cases/{CaseId}/letters/{letter.GetProperty("id").GetGuid()}");
        status.ShouldBe(HttpStatusCode.OK);
        return content;
    }

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
