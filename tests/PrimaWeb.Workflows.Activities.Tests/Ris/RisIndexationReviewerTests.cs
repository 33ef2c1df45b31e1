using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PrimaWeb.Workflows.Activities.Outbox;
using PrimaWeb.Workflows.Activities.Ris;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Activities.Tests.Workflows;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Reference;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Activities.Tests.Ris;

/// <summary>
/// Issue 14 point 6: on the day new RIS amounts take effect, each running grant whose amount changes gets a revision
/// task through its workflow (dis/v2), with the granted and the new amount; the task leads to the revision.
/// </summary>
public sealed class RisIndexationReviewerTests
{
    private static readonly DateOnly Indexation = new(2027, 1, 1);

    [Fact]
    public async Task ReviewAsync_NewAmountsTakeEffectThatDay_RaisesOneRevisionTaskWithTheGrantedAndTheNewAmount()
    {
        await using var harness = await RequestHarness.StartAsync();
        var request = await GrantedOnVersion2Async(harness);
        var granted = request.CurrentGrant!.Terms!.MonthlyAmount;
        var reviewer = Reviewer(harness, IndexedBy(1.02m));

        var signalled = await reviewer.ReviewAsync(Indexation, CancellationToken.None);
        var again = await reviewer.ReviewAsync(Indexation, CancellationToken.None);

        signalled.ShouldBe(1);
        again.ShouldBe(0, "the workflow waits no more while its task is open");
        var task = (await harness.OpenTasksAsync("ris-indexation")).ShouldHaveSingleItem();
        task.RequestId.ShouldBe(request.Id.ToString());
        task.Assignee.ShouldBe(RequestHarness.Worker);
        task.Title.ShouldStartWith($"New RIS amounts from 2027-01-01: {granted.ToString("0.00", CultureInfo.InvariantCulture)} becomes ");
        var amount = decimal.Parse(task.Title.Split(" becomes ")[1].Split(' ')[0], CultureInfo.InvariantCulture);
        amount.ShouldBeGreaterThan(granted, "a higher category amount raises the RIS of a person with the same resources");
    }

    [Fact]
    public async Task ReviewAsync_NoAmountTakesEffectThatDay_RaisesNothing()
    {
        await using var harness = await RequestHarness.StartAsync();
        await GrantedOnVersion2Async(harness);
        var reviewer = Reviewer(harness, IndexedBy(1.02m));

        var signalled = await reviewer.ReviewAsync(Indexation.AddDays(1), CancellationToken.None);

        signalled.ShouldBe(0);
        (await harness.OpenTasksAsync("ris-indexation")).ShouldBeEmpty();
    }

    [Fact]
    public async Task ReviewAsync_TheSameAmountsAgain_RaisesNothingForAGrantThatDoesNotChange()
    {
        await using var harness = await RequestHarness.StartAsync();
        await GrantedOnVersion2Async(harness);
        var reviewer = Reviewer(harness, IndexedBy(1m));

        (await reviewer.ReviewAsync(Indexation, CancellationToken.None)).ShouldBe(0);
        (await harness.OpenTasksAsync("ris-indexation")).ShouldBeEmpty();
    }

    [Fact]
    public async Task IndexationTask_Revise_OpensTheRevisionsResourceStatement()
    {
        await using var harness = await RequestHarness.StartAsync();
        await GrantedOnVersion2Async(harness);
        await Reviewer(harness, IndexedBy(1.02m)).ReviewAsync(Indexation, CancellationToken.None);

        await harness.CompleteAsync("ris-indexation", new JsonObject { ["outcome"] = "revise" });

        (await harness.OpenTasksAsync("record-resources")).ShouldHaveSingleItem();
        (await harness.OpenTasksAsync("ris-indexation")).ShouldBeEmpty();
    }

    /// <summary>A DIS request received on 7 December 2026 (dis/v2), granted and accepted by the SPP-IS.</summary>
    private static async Task<Request> GrantedOnVersion2Async(RequestHarness harness)
    {
        harness.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var scenario = await RequestScenario.GrantedAsync(harness, "dis", RequestType.Dis);
        scenario.Request.Status.ShouldBe(RequestStatus.AcceptedBySppIs);
        (await harness.InstanceAsync(scenario.InstanceId)).DefinitionVersion.ShouldBe(2);
        return scenario.Request;
    }

    private static RisIndexationReviewer Reviewer(RequestHarness harness, CalculationReferenceData reference) => new(
        harness.Services.GetRequiredService<IServiceScopeFactory>(), harness.Services.GetRequiredService<WorkflowSignals>(), reference,
        NullLogger<RisIndexationReviewer>.Instance);

    /// <summary>The repository's reference data with one more row of RIS amounts on <see cref="Indexation"/>: the last row × <paramref name="factor"/>.</summary>
    private static CalculationReferenceData IndexedBy(decimal factor)
    {
        var folder = Repository.PathTo("definitions", "reference");
        var sources = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(path =>
        {
            var text = File.ReadAllText(path);
            return new ReferenceDataSource("definitions/reference/" + Path.GetFileName(path), Path.GetFileName(path) == "ris.json" ? WithIndexation(text, factor) : text);
        });
        return CalculationReferenceData.Load(sources);
    }

    private static string WithIndexation(string ris, decimal factor)
    {
        var document = JsonNode.Parse(ris)!;
        var rows = document["tables"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == "ris.categoryAmounts")!["rows"]!.AsArray();
        var last = rows[^1]!["values"]!;
        var values = new JsonObject();
        foreach (var category in new[] { "category1", "category2", "category3" })
        {
            var yearly = Math.Round(last[$"{category}Yearly"]!.GetValue<decimal>() * factor, 2, MidpointRounding.AwayFromZero);
            values[$"{category}Yearly"] = yearly;
            values[$"{category}Monthly"] = Math.Round(yearly / 12m, 2, MidpointRounding.AwayFromZero);
        }

        rows.Add(new JsonObject { ["from"] = Indexation.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["values"] = values, ["source"] = "test indexation" });
        return document.ToJsonString();
    }
}
