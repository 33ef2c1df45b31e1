using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Definitions.Tests;

/// <summary>
/// ADR 0108 (issue 14): from the Council's decision, the letter (8 days), the SPP-IS form and the A036 (7 days) are
/// independent branches of version 2, each watched by a deadline timer that flags it overdue; no branch waits for the
/// SPP-IS answer. Read from the files themselves, so that a later version that reorders them fails here.
/// </summary>
public sealed class DecisionBranchesTests
{
    public static TheoryData<string, string> Forks() => new()
    {
        { "dis/v2.json", "decisionFork" },
        { "dis/v2.json", "reviseFork" },
        { "equivalent-ris/v2.json", "decisionFork" },
        { "equivalent-ris/v2.json", "reviseFork" },
    };

    [Theory]
    [MemberData(nameof(Forks))]
    public void Version2_FromTheDecision_TheLetterTheFormAndTheA036AreReachedWithoutTheSppIsAnswer(string file, string fork)
    {
        var definition = Load(file);
        var prefix = fork == "reviseFork" ? "revise" : string.Empty;

        var reached = ReachedFrom(definition, fork, stopAt: prefix.Length == 0 ? "awaitAnswer" : "reviseAnswer");

        reached.ShouldContain(prefix.Length == 0 ? "letter" : "reviseLetter");
        reached.ShouldContain(prefix.Length == 0 ? "sendForm" : "reviseForm");
        reached.ShouldContain(prefix.Length == 0 ? "a036" : "reviseA036");
    }

    [Theory]
    [InlineData("dis/v2.json", "notificationDeadline", "notificationOverdueAt", "letterSent == false", "notificationOverdue")]
    [InlineData("dis/v2.json", "formsDeadline", "formsOverdueAt", "formsSent == false", "formsOverdue")]
    [InlineData("dis/v2.json", "a036Deadline", "a036OverdueAt", "a036Sent == false and decisionOutcome != \"Refused\"", "a036Overdue")]
    [InlineData("equivalent-ris/v2.json", "notificationDeadline", "notificationOverdueAt", "letterSent == false", "notificationOverdue")]
    [InlineData("equivalent-ris/v2.json", "formsDeadline", "formsOverdueAt", "formsSent == false", "formsOverdue")]
    [InlineData("equivalent-ris/v2.json", "a036Deadline", "a036OverdueAt", "a036Sent == false and decisionOutcome != \"Refused\"", "a036Overdue")]
    public void Version2_EachDeadline_IsATimerStartedAtEveryDecisionThatFlagsWhatIsNotDoneInTime(
        string file, string timer, string until, string condition, string flag)
    {
        var definition = Load(file);

        Targets(definition, "decisionFork").ShouldContain(timer);
        Targets(definition, "reviseFork").ShouldContain(timer);
        Activity(definition, timer)["inputs"]!["until"]!["expression"]!.GetValue<string>().ShouldBe(until);
        var check = Targets(definition, timer).ShouldHaveSingleItem();
        Activity(definition, check)["inputs"]!["condition"]!.GetValue<string>().ShouldBe(condition);
        var setFlag = Activity(definition, Targets(definition, check, "True").ShouldHaveSingleItem());
        setFlag["type"]!.GetValue<string>().ShouldBe("Core.SetVariable");
        setFlag["inputs"]!["variable"]!.GetValue<string>().ShouldBe(flag);
        setFlag["inputs"]!["value"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Theory]
    [InlineData("dis/v2.json", "awaitAnswer", "answerRefusedTask", "sendForm")]
    [InlineData("dis/v2.json", "reviseAnswer", "reviseAnswerRefusedTask", "reviseForm")]
    [InlineData("equivalent-ris/v2.json", "awaitAnswer", "answerRefusedTask", "sendForm")]
    public void Version2_ARefusalOfTheSppIs_RaisesATaskThenSendsTheFormAgainWithoutANewLetter(string file, string awaitStep, string task, string send)
    {
        var definition = Load(file);

        Targets(definition, awaitStep, "Refused").ShouldBe([task]);
        Targets(definition, task).ShouldBe([send]);
        ReachedFrom(definition, awaitStep, stopAt: null).ShouldNotContain("letter");
        ReachedFrom(definition, awaitStep, stopAt: null).ShouldNotContain("reviseLetter");
    }

    [Fact]
    public void Version2_EquivalentRis_OffersTheRevisionAtTheYearlyReview()
    {
        var definition = Load("equivalent-ris/v2.json");

        Activity(definition, "reviewTask")["inputs"]!["form"]!.AsArray()
            .Single(f => f!["name"]!.GetValue<string>() == "outcome")!["choices"]!.AsArray().Select(c => c!.GetValue<string>())
            .ShouldContain("revise");
        Targets(definition, "reviseCheck", "True").ShouldBe(["markReviewRevision"]);
        Targets(definition, "markReviewRevision").ShouldBe(["revise"]);
    }

    [Theory]
    [InlineData("dis")]
    [InlineData("equivalent-ris")]
    public void Version2_TakesEffectAfterVersion1_SoRequestsReceivedBeforeKeepVersion1(string id)
    {
        var v1 = Load($"{id}/v1.json");
        var v2 = Load($"{id}/v2.json");

        v2["status"]!.GetValue<string>().ShouldBe("published");
        DateOnly.Parse(v2["effectiveFrom"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeGreaterThan(DateOnly.Parse(v1["effectiveFrom"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static JsonNode Load(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(DefinitionFiles.Folder, file)))!;

    private static JsonNode Activity(JsonNode definition, string id) =>
        definition["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == id)!;

    private static List<string> Targets(JsonNode definition, string from, string? outcome = null) =>
        [.. definition["connections"]!.AsArray()
            .Where(c => c!["from"]!.GetValue<string>() == from && (outcome is null || c["outcome"]?.GetValue<string>() == outcome))
            .Select(c => c!["to"]!.GetValue<string>())];

    /// <summary>Every activity reached from <paramref name="start"/> without going through <paramref name="stopAt"/>.</summary>
    private static HashSet<string> ReachedFrom(JsonNode definition, string start, string? stopAt)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(Targets(definition, start));
        while (queue.TryDequeue(out var id))
        {
            if (id == stopAt || !reached.Add(id))
            {
                continue;
            }

            foreach (var next in Targets(definition, id))
            {
                queue.Enqueue(next);
            }
        }

        return reached;
    }
}
