using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Hangfire;

namespace PrimaWeb.Workflows.Web.Tests.Features.Requests;

/// <summary>
/// Issue 14 (ADR 0108), end to end through the API on the version 2 definitions (requests received from 3 December
/// 2026): after the Council's decision the letter (8 days), the SPP-IS form and the A036 (7 days) go on independently,
/// so a late SPP-IS answer makes neither the letter nor the A036 late; equivalent RIS has the revision path of DIS.
/// </summary>
public sealed class DecisionDeadlinesWorkflowTests : IDisposable
{
    // Monday 7 December 2026, after v2's effectiveFrom: the request runs on dis/v2 and equivalent-ris/v2.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly RequestWorkflowApp _app;

    public DecisionDeadlinesWorkflowTests() => _app = new RequestWorkflowApp(_clock);

    public void Dispose()
    {
        _app.Dispose();
        PrimaWebFactory.DeleteDatabase(_app.DatabaseFile);
    }

    [Fact]
    public async Task Dis_SppIsAnswerReadElevenDaysAfterTheDecision_LetterAndA036WereDoneOnTheDecisionDayAndNothingIsOverdue()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 41);
        await flow.ToCouncilAsync();
        var decidedOn = _app.Today;

        await flow.DecideAsync("Granted");
        var beforeAnswer = await flow.FileAsync();
        var statusBeforeAnswer = (await flow.RequestAsync()).GetProperty("status").GetString();
        _clock.SetUtcNow(new DateTimeOffset(decidedOn.AddDays(11).ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero));
        await _app.FireDueTimersAsync();
        var later = await flow.SignInAgainAsync();
        var notificationOverdue = await later.FindTaskAsync(later.Manager, "notification-overdue");
        var a036Overdue = await later.FindTaskAsync(later.Manager, "a036-overdue");
        var answers = await later.ExchangeWithSppIsAsync();

        // Before any answer: the letter is written and the A036 sent on the decision's day, within 8 and 7 days.
        statusBeforeAnswer.ShouldBe("FormsSent");
        Form(beforeAnswer, "DisGrant").GetProperty("status").GetString().ShouldBe("Sent");
        var letter = Letters(beforeAnswer).ShouldHaveSingleItem();
        letter.GetProperty("dueOn").GetString().ShouldBe(RequestFlow.Date(decidedOn.AddDays(8)));
        letter.GetProperty("recordedAt").GetString()!.ShouldStartWith(RequestFlow.Date(decidedOn));
        var a036 = Form(beforeAnswer, "A036Create");
        a036.GetProperty("dueOn").GetString().ShouldBe(RequestFlow.Date(decidedOn.AddDays(7)));
        a036.GetProperty("status").GetString().ShouldNotBe("Prepared", "the A036 went out without waiting for the answer");
        // Eleven days later neither deadline is flagged; the answer read then settles the form alone.
        notificationOverdue.ShouldBeNull();
        a036Overdue.ShouldBeNull();
        answers.ShouldBeGreaterThan(0);
        var file = await later.FileAsync();
        Form(file, "DisGrant").GetProperty("status").GetString().ShouldBe("Accepted");
        Letters(file).Count.ShouldBe(1, "the letter is redone only when the decision changes");
        (await later.RequestAsync()).GetProperty("status").GetString().ShouldBe("AcceptedBySppIs");
    }

    [Fact]
    public async Task EquivalentRis_RevisionAtTheYearlyReview_SendsFormsAAndB1AgainTheLetterAndModifiesTheA036()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 42, type: "EquivalentRis");
        await flow.ToCouncilAsync();
        await flow.DecideAsync("Granted");
        await flow.ExchangeWithSppIsAsync();
        var review = await flow.ToYearlyReviewAsync();
        var revisedFrom = _app.Today.AddDays(-2); // the last day of the granted year, as in the DIS revision

        await review.CompleteAsync(review.Worker, "ris-review", new JsonObject { ["outcome"] = "revise", ["note"] = "Nouveau contrat à mi-temps." });
        await review.CompleteAsync(review.Worker, "record-resources", new JsonObject { ["category"] = "Isolated", ["claimantEarnedIncome"] = 900, ["rent"] = 550 });
        await review.CompleteAsync(review.Worker, "social-report", new JsonObject { ["report"] = "Salaire augmenté.", ["proposal"] = "Grant" });
        await review.CompleteAsync(review.Manager, "council-decision", new JsonObject
        {
            ["decision"] = "GrantedModified",
            ["decidedOn"] = RequestFlow.Date(_app.Today),
            ["from"] = RequestFlow.Date(revisedFrom),
        });
        await review.ExchangeWithSppIsAsync();

        var file = await review.FileAsync();
        var decisions = file.GetProperty("decisions").EnumerateArray().OrderBy(d => d.GetProperty("decidedOn").GetString()).ToList();
        decisions.Select(d => d.GetProperty("outcome").GetString()).ShouldBe(["Granted", "Granted"]);
        var first = decisions[0].GetProperty("terms").GetProperty("monthlyAmount").GetDecimal();
        var revised = decisions[1].GetProperty("terms").GetProperty("monthlyAmount").GetDecimal();
        revised.ShouldBeLessThan(first, "a higher wage lowers the equivalent RIS");
        var loi65 = file.GetProperty("forms").EnumerateArray().Where(f => f.GetProperty("type").GetString() == "Loi65AB").ToList();
        loi65.Count.ShouldBe(2, "the grant's forms A and B1, then the revision's");
        loi65.ShouldAllBe(f => f.GetProperty("status").GetString() == "Accepted");
        var a036 = Form(file, "A036Modify");
        a036.GetProperty("dueOn").GetString().ShouldBe(RequestFlow.Date(_app.Today.AddDays(7)));
        JsonNode.Parse(a036.GetProperty("contentJson").GetString()!)!["Action"]!.GetValue<string>().ShouldBe("MODIFY");
        var letters = Letters(file);
        letters.Count.ShouldBe(2);
        letters[1].GetProperty("template").GetString().ShouldBe("equivalent-ris-decision.fr");
        (await review.RequestAsync()).GetProperty("status").GetString().ShouldBe("AcceptedBySppIs");
    }

    [Fact]
    public async Task RunningGrants_OnceTheSppIsAcceptedTheGrant_ListTheRequestForTheDailyIndexationReview()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 43);
        await flow.ToCouncilAsync();

        var beforeDecision = await RunningGrantsAsync();
        await flow.DecideAsync("Granted");
        var beforeAnswer = await RunningGrantsAsync();
        await flow.ExchangeWithSppIsAsync();
        var accepted = await RunningGrantsAsync();

        beforeDecision.ShouldNotContain(flow.RequestId);
        beforeAnswer.ShouldNotContain(flow.RequestId);
        accepted.ShouldContain(flow.RequestId);
        _app.Services.GetServices<RecurringJobRegistration>().Select(r => r.Id).ShouldContain("review-ris-indexation");
    }

    private async Task<List<Guid>> RunningGrantsAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var requests = await scope.ServiceProvider.GetRequiredService<IRunningGrants>().AcceptedAsync([RequestType.Dis, RequestType.EquivalentRis]);
        return [.. requests.Select(r => r.Id)];
    }

    private static List<JsonElement> Letters(JsonElement file) =>
        [.. file.GetProperty("letters").EnumerateArray().OrderBy(l => l.GetProperty("recordedAt").GetString())];

    private static JsonElement Form(JsonElement file, string type) =>
        file.GetProperty("forms").EnumerateArray().Single(f => f.GetProperty("type").GetString() == type);
}
