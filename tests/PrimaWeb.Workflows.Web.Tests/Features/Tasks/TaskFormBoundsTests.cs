using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Tests.Features.Requests;

namespace PrimaWeb.Workflows.Web.Tests.Features.Tasks;

/// <summary>
/// Issue 17, point 6, over the API: what the task form says while typing, the completion answers with the same rule, a
/// 400 naming the field, in the caller's language; nothing is decided.
/// </summary>
public sealed class TaskFormBoundsTests : IDisposable
{
    // 22:30 UTC is already the next day in Brussels: "today" is the legal day, so a decision dated that day is accepted.
    private readonly RequestWorkflowApp _app = new(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.Zero)));

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData(null, "Décidé le : le 04/03/2026 est dans le futur (aujourd'hui : 03/03/2026).", "Au : la fin (28/02/2026) précède le début (01/03/2026).",
        "Montant mensuel doit être au plus 1000000000.")]
    [InlineData("nl-BE", "Beslist op: 04/03/2026 ligt in de toekomst (vandaag is het 03/03/2026).", "Tot: het einde (28/02/2026) valt vóór het begin (01/03/2026).",
        "Maandbedrag mag hoogstens 1000000000 zijn.")]
    public async Task Complete_CouncilDecisionInTheFuture_EndingBeforeItsStart_Of99999999999Euros_Answers400NamingEachField(
        string? culture, string future, string endBeforeStart, string largest)
    {
        var flow = await RequestFlow.FileAsync(_app, person: 37);
        await flow.ToCouncilAsync();
        using var manager = await _app.SignInAsync("namur-manager", culture);
        var task = await flow.FindTaskAsync(manager, "council-decision") ?? throw new ShouldAssertException("No council-decision task.");

        var (status, problem) = await CompleteAsync(manager, task, new JsonObject
        {
            ["decision"] = "GrantedModified",
            ["decidedOn"] = "2026-03-04",
            ["monthlyAmount"] = 99_999_999_999m,
            ["from"] = "2026-03-01",
            ["until"] = "2026-02-28",
        });

        status.ShouldBe(HttpStatusCode.BadRequest);
        Codes(problem).ShouldBe(
            [("payload.decidedOn", FormErrorCodes.InFuture), ("payload.until", FormErrorCodes.EndBeforeStart), ("payload.monthlyAmount", FormErrorCodes.Max)],
            ignoreOrder: true);
        var errors = problem.GetProperty("errors");
        errors.GetProperty("payload.decidedOn")[0].GetString().ShouldBe(future);
        errors.GetProperty("payload.until")[0].GetString().ShouldBe(endBeforeStart);
        errors.GetProperty("payload.monthlyAmount")[0].GetString().ShouldBe(largest);
        (await flow.RequestAsync()).GetProperty("decisions").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Complete_CouncilDecisionDatedTheBrusselsToday_IsSaved()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 38);
        await flow.ToCouncilAsync();
        var task = await flow.FindTaskAsync(flow.Manager, "council-decision") ?? throw new ShouldAssertException("No council-decision task.");

        var (status, done) = await CompleteAsync(flow.Manager, task, new JsonObject { ["decision"] = "Refused", ["decidedOn"] = "2026-03-03" });

        status.ShouldBe(HttpStatusCode.OK, done.ToString());
        (await flow.RequestAsync()).GetProperty("decisions").GetArrayLength().ShouldBe(1);
    }

    private static (string Field, string Code)[] Codes(JsonElement problem) =>
        [.. problem.GetProperty("codes").EnumerateObject().Select(p => (p.Name, p.Value[0].GetString()!))];

    private static Task<(HttpStatusCode Status, JsonElement Body)> CompleteAsync(ApiSession session, JsonElement task, JsonObject payload) =>
        session.PostAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new JsonObject
        {
            ["expectedRevision"] = task.GetProperty("revision").GetInt32(),
            ["operationId"] = "op-1",
            ["payload"] = payload,
        });
}
