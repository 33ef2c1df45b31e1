using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.Activities.Tests.Bcss;

public sealed class DisintegrateTests
{
    [Fact]
    public async Task The_running_lines_end_on_the_last_day_here_and_at_the_BCSS()
    {
        await using var harness = await RequestHarness.StartAsync();
        await harness.ImportAsync(SingleStep.Definition("t-disintegrate", "Bcss.Disintegrate", new JsonObject { ["lastDay"] = "2026-03-20" }, "Done", "Refused"));
        var main = harness.AddPerson(harness.Adults().First());
        var (@case, request) = harness.OpenRequest(main, RequestType.Dis, harness.Today);
        var register = harness.CaseFile.Register(RequestHarness.Tenant, main.Niss);
        register.Register(CapacityCode.UnderInvestigation, harness.Today);
        harness.Simulator.State.Integrate(RequestHarness.Tenant, main.Niss, 1, new Period(harness.Today, new DateOnly(2026, 5, 1)));

        var instanceId = await harness.StartAsync("t-disintegrate", @case, request, main);
        await harness.DeliverOutboxAsync();

        var line = register.Integrations.ShouldHaveSingleItem();
        line.End.ShouldBe(new DateOnly(2026, 3, 20));
        line.IsDisintegrated.ShouldBeTrue();
        (await harness.InstanceAsync(instanceId)).State.Variables["outcome"]!.GetValue<string>().ShouldBe("Done");
        harness.Simulator.Journal.For("OCMWCPASManageAccess").Count.ShouldBe(1);
        harness.Simulator.State.Register.IsIntegrated(RequestHarness.Tenant, main.Niss, new DateOnly(2026, 4, 1)).ShouldBeFalse();
    }
}
