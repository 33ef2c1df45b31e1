using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Tests.Aid;

public sealed class RecordOtherAidTests
{
    [Fact]
    public async Task The_task_offers_the_kinds_of_the_reference_data_and_keeps_the_aid_asked_in_the_case_file()
    {
        await using var harness = await RequestHarness.StartAsync();
        await harness.ImportAsync(SingleStep.Definition("t-aid", "Aid.RecordOtherAid", new JsonObject(), "Done"));
        var main = harness.AddPerson(harness.Adults().First());
        var (@case, request) = harness.OpenRequest(main, RequestType.OtherAid, new DateOnly(2026, 2, 20));
        var instanceId = await harness.StartAsync("t-aid", @case, request, main);

        var task = (await harness.OpenTasksAsync("other-aid-request")).ShouldHaveSingleItem();
        task.ReadForm().Single(f => f.Name == "aidKind").Choices.ShouldBe(["food", "energy", "rent", "medical", "miscellaneous"]);
        await harness.CompleteAsync("other-aid-request", new JsonObject
        {
            ["aidKind"] = "rent",
            ["amount"] = 450,
            ["from"] = "2026-03-01",
            ["until"] = "2026-05-31",
            ["description"] = "Arriérés de loyer après une hospitalisation.",
        });

        var record = harness.CaseFile.Records.OfType<AidRecord>().ShouldHaveSingleItem();
        (record.Kind, record.Amount, record.RequestId).ShouldBe(("other-aid", 450m, (Guid?)request.Id));
        AidDetails.Read<OtherAidAsked>(record).ShouldBe(new OtherAidAsked("rent", new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 31), "Arriérés de loyer après une hospitalisation."));
        var variables = (await harness.InstanceAsync(instanceId)).State.Variables;
        variables["aidKind"]!.GetValue<string>().ShouldBe("rent");
        variables["aidAmount"]!.GetValue<decimal>().ShouldBe(450m);
        variables["aidFrom"]!.GetValue<string>().ShouldBe("2026-03-01");
        variables["aidNeedsA036"]!.GetValue<bool>().ShouldBeTrue("the reference data says a rent aid is attested by an A036");
    }

    [Fact]
    public async Task A_kind_the_reference_data_does_not_attest_needs_no_A036()
    {
        await using var harness = await RequestHarness.StartAsync();
        await harness.ImportAsync(SingleStep.Definition("t-aid", "Aid.RecordOtherAid", new JsonObject(), "Done"));
        var main = harness.AddPerson(harness.Adults().First());
        var (@case, request) = harness.OpenRequest(main, RequestType.OtherAid, new DateOnly(2026, 2, 20));
        var instanceId = await harness.StartAsync("t-aid", @case, request, main);

        await harness.CompleteAsync("other-aid-request", new JsonObject { ["aidKind"] = "food", ["amount"] = 120, ["from"] = "2026-03-01", ["until"] = "2026-03-01" });

        (await harness.InstanceAsync(instanceId)).State.Variables["aidNeedsA036"]!.GetValue<bool>().ShouldBeFalse();
    }
}
