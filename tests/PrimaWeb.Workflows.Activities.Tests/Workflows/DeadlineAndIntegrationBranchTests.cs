using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.Tests.Workflows;

/// <summary>The deadline and integration branches of definitions/dis/v1.json, on the fake clock.</summary>
public sealed class DeadlineAndIntegrationBranchTests
{
    [Fact]
    public async Task The_manager_is_reminded_five_days_before_the_decision_is_due_and_the_request_is_flagged_overdue_after()
    {
        await using var harness = await RequestHarness.StartAsync();
        var person = harness.AddPerson(harness.Adults().First());
        var (@case, request) = harness.OpenRequest(person, RequestType.Dis, harness.Today);
        var instanceId = await harness.StartAsync("dis", @case, request, person);
        var variables = (await harness.InstanceAsync(instanceId)).State.Variables;
        variables["decisionDueOn"]!.GetValue<string>().ShouldBe("2026-04-01");

        harness.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 27, 6, 59, 0, TimeSpan.Zero));
        (await harness.FireDueTimersAsync()).ShouldBe(0);
        harness.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 27, 7, 0, 0, TimeSpan.Zero));
        (await harness.FireDueTimersAsync()).ShouldBe(1);
        var reminder = (await harness.OpenTasksAsync("decision-reminder")).ShouldHaveSingleItem();
        reminder.CandidateRole.ShouldBe("Manager");
        reminder.Title.ShouldContain("2026-04-01");

        harness.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 1, 22, 0, 0, TimeSpan.Zero));
        (await harness.FireDueTimersAsync()).ShouldBe(1);
        (await harness.OpenTasksAsync("decision-overdue")).ShouldHaveSingleItem();
        (await harness.InstanceAsync(instanceId)).State.Variables["decisionOverdue"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task An_integration_ending_raises_extend_or_end_thirty_days_before_and_expires_the_day_after_its_end()
    {
        await using var harness = await RequestHarness.StartAsync();
        var scenario = await RequestScenario.GrantedAsync(harness, "dis", RequestType.Dis);

        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 30, 6, 59, 0, TimeSpan.Zero));
        await harness.FireDueTimersAsync();
        (await harness.OpenTasksAsync("integration-expiring")).ShouldBeEmpty();
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 30, 7, 0, 0, TimeSpan.Zero));
        await harness.FireDueTimersAsync();
        (await harness.OpenTasksAsync("integration-expiring")).ShouldHaveSingleItem().Title.ShouldContain("2027-03-01");

        await harness.CompleteAsync("integration-expiring", new JsonObject { ["choice"] = "end" });
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 1, 22, 59, 0, TimeSpan.Zero));
        await harness.FireDueTimersAsync();
        (await harness.InstanceAsync(scenario.InstanceId)).Status.ShouldBe(WorkflowStatus.Suspended);
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 1, 23, 0, 0, TimeSpan.Zero));
        await harness.FireDueTimersAsync();

        var instance = await harness.InstanceAsync(scenario.InstanceId);
        instance.Status.ShouldBe(WorkflowStatus.Completed);
        instance.State.Variables["integrationStatus"]!.GetValue<string>().ShouldBe("Expired");
        scenario.Request.Status.ShouldBe(RequestStatus.Closed);
    }

    [Fact]
    public async Task Extending_an_ending_integration_registers_the_next_year_under_the_same_code_and_watches_its_new_end()
    {
        await using var harness = await RequestHarness.StartAsync();
        var scenario = await RequestScenario.GrantedAsync(harness, "dis", RequestType.Dis);
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 30, 7, 0, 0, TimeSpan.Zero));
        await harness.FireDueTimersAsync();

        await harness.CompleteAsync("integration-expiring", new JsonObject { ["choice"] = "extend" });
        await harness.DeliverOutboxAsync();

        var lines = harness.CaseFile.Register(RequestHarness.Tenant, scenario.Person.Niss).Integrations
            .Where(i => i.Code == Domain.Integrations.CapacityCode.IntegrationIncome).OrderBy(i => i.Start).ToList();
        lines.Select(i => (i.Start, i.End)).ShouldBe(
        [
            (new DateOnly(2026, 3, 2), new DateOnly(2027, 3, 1)),
            (new DateOnly(2027, 3, 2), new DateOnly(2028, 3, 1)),
        ]);
        var instance = await harness.InstanceAsync(scenario.InstanceId);
        instance.Status.ShouldBe(WorkflowStatus.Suspended);
        instance.State.Variables["integrationEndsOn"]!.GetValue<string>().ShouldBe("2028-03-01");
        (await harness.OpenTasksAsync("integration-expiring")).ShouldBeEmpty();
        harness.Clock.SetUtcNow(new DateTimeOffset(2028, 1, 31, 7, 0, 0, TimeSpan.Zero));
        await harness.FireDueTimersAsync();
        (await harness.OpenTasksAsync("integration-expiring")).ShouldHaveSingleItem().Title.ShouldContain("2028-03-01");
    }
}
