using System.Globalization;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.Tests.Workflows;

/// <summary>The yearly review of a granted DIS in definitions/dis/v1.json: continue, or a suspension by the Council.</summary>
public sealed class YearlyReviewTests
{
    [Fact]
    public async Task A_review_that_proposes_a_suspension_sends_the_Councils_suspension_to_the_SPP_IS_and_waits_for_the_next_review()
    {
        var (harness, request, instanceId) = await GrantedAndExtendedAsync();
        await using var _ = harness;
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 3, 7, 0, 0, TimeSpan.Zero));
        await harness.FireDueTimersAsync();

        await harness.CompleteAsync("ris-review", new JsonObject { ["outcome"] = "suspend", ["note"] = "Refuses the PIIS." });
        var from = new DateOnly(2027, 3, 4);
        var until = new DateOnly(2027, 4, 3);
        await harness.CompleteAsync("council-mutation", Mutation("Suspend", harness.Today, from, until), RequestHarness.Manager);
        await harness.DeliverOutboxAsync();

        var form = harness.CaseFile.Records.OfType<SppIsForm>().Single(f => f.Type == SppIsFormType.DisSuspension);
        form.Status.ShouldBe(SppIsFormStatus.Sent);
        var content = JsonNode.Parse(form.ContentJson)!;
        content["Kind"]!.GetValue<string>().ShouldBe("SUSPENSION");
        content["EffectiveDate"]!.GetValue<string>().ShouldBe("2027-03-04");
        content["EndDate"]!.GetValue<string>().ShouldBe("2027-04-03");
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        (await harness.PollAnswersAsync()).ShouldBeGreaterThanOrEqualTo(1);
        await harness.DeliverOutboxAsync();

        var instance = await harness.InstanceAsync(instanceId);
        instance.Status.ShouldBe(WorkflowStatus.Suspended);
        request.Status.ShouldBe(RequestStatus.Suspended);
        (await harness.OpenTasksAsync("ris-review")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_review_that_continues_sends_nothing_and_waits_for_the_next_review()
    {
        var (harness, request, instanceId) = await GrantedAndExtendedAsync();
        await using var _ = harness;
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 3, 7, 0, 0, TimeSpan.Zero));
        await harness.FireDueTimersAsync();

        await harness.CompleteAsync("ris-review", new JsonObject { ["outcome"] = "continue" });

        (await harness.OpenTasksAsync("council-mutation")).ShouldBeEmpty();
        harness.CaseFile.Records.OfType<SppIsForm>().ShouldNotContain(f => f.Type == SppIsFormType.DisSuspension || f.Type == SppIsFormType.DisWithdrawal);
        request.Status.ShouldBe(RequestStatus.AcceptedBySppIs);
    }

    private static async Task<(RequestHarness Harness, Request Request, Guid InstanceId)> GrantedAndExtendedAsync()
    {
        var harness = await RequestHarness.StartAsync();
        var scenario = await RequestScenario.GrantedAsync(harness, "dis", RequestType.Dis);

        // The review falls on the day after the first year of integration: extend it first, as a social worker would.
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 30, 7, 0, 0, TimeSpan.Zero));
        await harness.FireDueTimersAsync();
        await harness.CompleteAsync("integration-expiring", new JsonObject { ["choice"] = "extend" });
        await harness.DeliverOutboxAsync();
        return (harness, scenario.Request, scenario.InstanceId);
    }

    private static JsonObject Mutation(string mutation, DateOnly decidedOn, DateOnly from, DateOnly until) => new()
    {
        ["mutation"] = mutation,
        ["decidedOn"] = decidedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["from"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["until"] = until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["reason"] = "Refus de collaborer au PIIS.",
    };
}
