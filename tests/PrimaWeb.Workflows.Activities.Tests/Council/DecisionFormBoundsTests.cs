using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities.Cases;
using PrimaWeb.Workflows.Activities.Council;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Activities.Tests.Council;

/// <summary>The date bounds the decision and proposal forms declare, so every definition version using them has them.</summary>
public sealed class DecisionFormBoundsTests
{
    public static TheoryData<string, FormField[]> Forms() => new()
    {
        { "Council.RecordDecision", [.. RecordDecision.Form] },
        { "Council.RecordMutation (running aid)", [.. RecordMutation.Form(suspended: false)] },
        { "Council.RecordMutation (suspended aid)", [.. RecordMutation.Form(suspended: true)] },
        { "Cases.ReportAndPropose", [.. ReportAndPropose.Form] },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Form_PeriodEnd_IsNeverBeforeItsStart_AndADecisionNeverAfterToday(string activity, FormField[] form)
    {
        form.Single(f => f.Name == "until").NotBefore.ShouldBe("from", activity);
        form.Single(f => f.Name == "from").Type.ShouldBe(FormFieldType.Date, activity);
        if (form.SingleOrDefault(f => f.Name == "decidedOn") is { } decidedOn)
        {
            decidedOn.NotAfterToday.ShouldBeTrue(activity);
        }
    }

    [Fact]
    public async Task A_decision_dated_tomorrow_or_ending_before_its_start_is_refused_by_field_and_records_nothing()
    {
        await using var harness = await RequestHarness.StartAsync();
        await harness.ImportAsync(SingleStep.Definition("t-council", "Council.RecordDecision", new JsonObject(), "Granted", "Refused"));
        var main = harness.AddPerson(harness.Adults().First());
        var (@case, request) = harness.OpenRequest(main, RequestType.Dis, harness.Today.AddDays(-20));
        request.StartInvestigation();
        request.PrepareProposal();
        await harness.StartAsync("t-council", @case, request, main);
        var task = (await harness.OpenTasksAsync("council-decision")).ShouldHaveSingleItem();

        var result = await harness.InScopeAsync(sp => sp.GetRequiredService<HumanTaskService>().CompleteAsync(
            new TaskCommand(task.Id, task.Revision, "op-1", RequestHarness.Manager),
            new JsonObject
            {
                ["decision"] = "GrantedModified",
                ["decidedOn"] = harness.Today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["monthlyAmount"] = 900,
                ["from"] = harness.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["until"] = harness.Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            },
            CancellationToken.None));

        result.Status.ShouldBe(TaskOperationStatus.Rejected);
        result.Refusals.Select(r => (r.Field, r.Code)).ShouldBe([("decidedOn", FormErrorCodes.InFuture), ("until", FormErrorCodes.EndBeforeStart)], ignoreOrder: true);
        (await harness.OpenTasksAsync("council-decision")).ShouldHaveSingleItem().Revision.ShouldBe(task.Revision);
        request.Decisions.ShouldBeEmpty();
    }
}
