using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace PrimaWeb.Workflows.Web.Tests.Features.Requests;

/// <summary>
/// What the yearly review of a granted aid leads to, end to end through the API on the real definitions: a revision,
/// a suspension then its resumption, a withdrawal (DIS and equivalent RIS), each a decision of the request with its
/// form, its SPP-IS answer, its letter and — for a revision or a withdrawal — its A036 change.
/// </summary>
public sealed class RequestMutationWorkflowTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly RequestWorkflowApp _app;

    public RequestMutationWorkflowTests() => _app = new RequestWorkflowApp(_clock);

    public void Dispose()
    {
        _app.Dispose();
        PrimaWebFactory.DeleteDatabase(_app.DatabaseFile);
    }

    [Fact]
    public async Task Dis_WithdrawalAtTheYearlyReview_EndsTheA036OnTheWithdrawalDayWithinSevenDaysOfTheDecision()
    {
        // a036-mutations-recovery.md A-2: withdrawal decided 10/06/2025, effective 30/06/2025 (a request granted in 2024).
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 6, 3, 9, 0, 0, TimeSpan.Zero));
        using var app = new RequestWorkflowApp(clock);
        var flow = await GrantedAsync(app, person: 21);
        var review = await flow.ToYearlyReviewAsync();
        clock.SetUtcNow(new DateTimeOffset(2025, 6, 10, 8, 0, 0, TimeSpan.Zero));
        review = await review.SignInAgainAsync();

        await review.CompleteAsync(review.Worker, "ris-review", new JsonObject { ["outcome"] = "withdraw", ["note"] = "Ressources non déclarées." });
        await review.MutateAsync("Withdraw", new DateOnly(2025, 6, 10), new DateOnly(2025, 6, 30), reason: "Ressources non déclarées.");
        await review.ExchangeWithSppIsAsync();

        var file = await review.FileAsync();
        var decisions = Decisions(file);
        decisions.Select(d => d.GetProperty("outcome").GetString()).ShouldBe(["Granted", "Withdrawn"]);
        decisions[1].GetProperty("decidedOn").GetString().ShouldBe("2025-06-10");
        decisions[1].GetProperty("effectiveFrom").GetString().ShouldBe("2025-06-30");
        var stop = Form(file, "DisWithdrawal");
        stop.GetProperty("status").GetString().ShouldBe("Accepted");
        Content(stop)["EffectiveDate"]!.GetValue<string>().ShouldBe("2025-06-30");
        var a036 = Form(file, "A036Modify");
        a036.GetProperty("dueOn").GetString().ShouldBe("2025-06-17");
        var content = Content(a036);
        content["Action"]!.GetValue<string>().ShouldBe("MODIFY");
        content["Period"]!["StartDate"]!.GetValue<string>().ShouldBe("2024-06-03");
        content["Period"]!["EndDate"]!.GetValue<string>().ShouldBe("2025-06-30");
        var letter = Letters(file).Last();
        (await review.LetterTextAsync(letter)).ShouldContain("retiré</strong> à partir du 30/06/2025");
        (await review.RequestAsync()).GetProperty("status").GetString().ShouldBe("Withdrawn");
        (await review.FindTaskAsync(review.Worker, "ris-review")).ShouldBeNull();
        app.Dispose();
        PrimaWebFactory.DeleteDatabase(app.DatabaseFile);
    }

    [Fact]
    public async Task Dis_RevisionAtTheYearlyReview_GrantsTheNewAmountSendsFormBRevisionTheLetterAndModifiesTheA036()
    {
        var flow = await GrantedAsync(person: 22);
        var review = await flow.ToYearlyReviewAsync();
        var revisedFrom = new DateOnly(2027, 3, 1);

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
        var decisions = Decisions(file);
        decisions.Select(d => d.GetProperty("outcome").GetString()).ShouldBe(["Granted", "Granted"]);
        var first = decisions[0].GetProperty("terms").GetProperty("monthlyAmount").GetDecimal();
        var revised = decisions[1].GetProperty("terms").GetProperty("monthlyAmount").GetDecimal();
        var calculations = file.GetProperty("calculations").EnumerateArray().ToList();
        calculations.Count.ShouldBe(2);
        revised.ShouldBeLessThan(first, "a higher wage lowers the RIS");
        decisions[1].GetProperty("effectiveFrom").GetString().ShouldBe("2027-03-01");
        var form = Form(file, "DisRevision");
        form.GetProperty("status").GetString().ShouldBe("Accepted");
        var content = Content(form);
        content["Decision"]!.GetValue<string>().ShouldBe("REVISION");
        content["MonthlyAmount"]!.GetValue<decimal>().ShouldBe(revised);
        content["EffectiveDate"]!.GetValue<string>().ShouldBe("2027-03-01");
        Content(Form(file, "A036Modify"))["Action"]!.GetValue<string>().ShouldBe("MODIFY");
        Form(file, "A036Modify").GetProperty("dueOn").GetString().ShouldBe(RequestFlow.Date(_app.Today.AddDays(7)));
        var letters = Letters(file);
        letters.Count.ShouldBe(2);
        var text = await review.LetterTextAsync(letters[1]);
        text.ShouldContain("revoit</strong> la décision précédente");
        text.ShouldContain(revised.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("fr-BE")));
        (await review.RequestAsync()).GetProperty("status").GetString().ShouldBe("AcceptedBySppIs");
    }

    [Fact]
    public async Task Dis_SuspendedThenResumed_RemindsAtThePlannedEndAndSendsFormBAgainFromTheResumption()
    {
        var flow = await GrantedAsync(person: 23);
        var review = await flow.ToYearlyReviewAsync();
        var from = new DateOnly(2027, 3, 4);
        var until = new DateOnly(2027, 4, 3);

        await review.CompleteAsync(review.Worker, "ris-review", new JsonObject { ["outcome"] = "suspend" });
        await review.MutateAsync("Suspend", _app.Today, from, until, "Refus de collaborer au PIIS.");
        await review.ExchangeWithSppIsAsync();
        var suspendedFile = await review.FileAsync();
        var suspendedStatus = (await review.RequestAsync()).GetProperty("status").GetString();
        var followUp = await review.FindTaskAsync(review.Worker, "suspension-follow-up");
        _clock.SetUtcNow(new DateTimeOffset(2027, 4, 4, 7, 0, 0, TimeSpan.Zero));
        await _app.FireDueTimersAsync();
        var later = await review.SignInAgainAsync();
        var ended = await later.FindTaskAsync(later.Worker, "suspension-ended");
        await later.CompleteAsync(later.Worker, "suspension-follow-up", new JsonObject { ["proposal"] = "resume" });
        var council = (await later.FindTaskAsync(later.Manager, "council-mutation")).ShouldNotBeNull();
        await later.MutateAsync("Resume", _app.Today, new DateOnly(2027, 4, 4), reason: "Collabore de nouveau au PIIS.");
        await later.ExchangeWithSppIsAsync();

        suspendedStatus.ShouldBe("Suspended");
        var suspension = Decisions(suspendedFile)[1];
        suspension.GetProperty("outcome").GetString().ShouldBe("Suspended");
        suspension.GetProperty("effectiveFrom").GetString().ShouldBe("2027-03-04");
        suspension.GetProperty("effectiveUntil").GetString().ShouldBe("2027-04-03");
        var stop = Form(suspendedFile, "DisSuspension");
        stop.GetProperty("status").GetString().ShouldBe("Accepted");
        Content(stop)["EndDate"]!.GetValue<string>().ShouldBe("2027-04-03");
        (await later.LetterTextAsync(Letters(suspendedFile).Last())).ShouldContain("suspendu</strong> à partir du 04/03/2027 et jusqu'au 03/04/2027");
        followUp.ShouldNotBeNull();
        ended.ShouldNotBeNull().GetProperty("title").GetString()!.ShouldContain("2027-04-03");
        council.GetProperty("title").GetString().ShouldBe("Resumption or withdrawal");

        var file = await later.FileAsync();
        var decisions = Decisions(file);
        decisions.Select(d => d.GetProperty("outcome").GetString()).ShouldBe(["Granted", "Suspended", "Resumed"]);
        decisions[2].GetProperty("effectiveFrom").GetString().ShouldBe("2027-04-04");
        decisions[2].GetProperty("terms").GetProperty("monthlyAmount").GetDecimal()
            .ShouldBe(decisions[0].GetProperty("terms").GetProperty("monthlyAmount").GetDecimal());
        var resumption = Form(file, "DisRevision");
        resumption.GetProperty("status").GetString().ShouldBe("Accepted");
        Content(resumption)["EffectiveDate"]!.GetValue<string>().ShouldBe("2027-04-04");
        (await later.LetterTextAsync(Letters(file).Last())).ShouldContain("reprend</strong> à partir du 04/04/2027");
        file.GetProperty("forms").EnumerateArray().ShouldNotContain(f => f.GetProperty("type").GetString() == "A036Modify");
        (await later.RequestAsync()).GetProperty("status").GetString().ShouldBe("AcceptedBySppIs");
    }

    [Fact]
    public async Task EquivalentRis_WithdrawalAtTheYearlyReview_SendsLoi65FormCTheLetterAndEndsTheA036()
    {
        var flow = await GrantedAsync(person: 24, type: "EquivalentRis");
        var review = await flow.ToYearlyReviewAsync();
        var from = new DateOnly(2027, 3, 31);

        await review.CompleteAsync(review.Worker, "ris-review", new JsonObject { ["outcome"] = "withdraw" });
        await review.MutateAsync("Withdraw", _app.Today, from, reason: "Droit au séjour perdu.");
        await review.ExchangeWithSppIsAsync();

        var file = await review.FileAsync();
        var decisions = Decisions(file);
        decisions.Select(d => d.GetProperty("outcome").GetString()).ShouldBe(["Granted", "Withdrawn"]);
        decisions[1].GetProperty("effectiveFrom").GetString().ShouldBe("2027-03-31");
        var formC = Form(file, "Loi65C");
        formC.GetProperty("status").GetString().ShouldBe("Accepted");
        Content(formC)["EffectiveDate"]!.GetValue<string>().ShouldBe("2027-03-31");
        file.GetProperty("forms").EnumerateArray().ShouldNotContain(f => f.GetProperty("type").GetString() == "DisWithdrawal");
        Content(Form(file, "A036Modify"))["Period"]!["EndDate"]!.GetValue<string>().ShouldBe("2027-03-31");
        var letter = Letters(file).Last();
        letter.GetProperty("template").GetString().ShouldBe("equivalent-ris-decision.fr");
        var text = await review.LetterTextAsync(letter);
        text.ShouldContain("retirée</strong> à partir du 31/03/2027");
        text.ShouldContain("Droit au séjour perdu.");
        (await review.RequestAsync()).GetProperty("status").GetString().ShouldBe("Withdrawn");
    }

    private Task<RequestFlow> GrantedAsync(int person, string type = "Dis") => GrantedAsync(_app, person, type);

    private static async Task<RequestFlow> GrantedAsync(RequestWorkflowApp app, int person, string type = "Dis")
    {
        var flow = await RequestFlow.FileAsync(app, person, type);
        await flow.ToCouncilAsync();
        await flow.DecideAsync("Granted");
        await flow.ExchangeWithSppIsAsync();
        (await flow.RequestAsync()).GetProperty("status").GetString().ShouldBe("AcceptedBySppIs");
        return flow;
    }

    private static List<JsonElement> Decisions(JsonElement file) =>
        [.. file.GetProperty("decisions").EnumerateArray().OrderBy(d => d.GetProperty("decidedOn").GetString()).ThenBy(d => d.GetProperty("id").GetString())];

    private static List<JsonElement> Letters(JsonElement file) =>
        [.. file.GetProperty("letters").EnumerateArray().OrderBy(l => l.GetProperty("recordedAt").GetString())];

    private static JsonElement Form(JsonElement file, string type) =>
        file.GetProperty("forms").EnumerateArray().Single(f => f.GetProperty("type").GetString() == type);

    private static JsonNode Content(JsonElement form) => JsonNode.Parse(form.GetProperty("contentJson").GetString()!)!;
}
