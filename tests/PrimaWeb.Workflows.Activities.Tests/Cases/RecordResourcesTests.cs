using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Incidents;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Activities.Tests.Cases;

public sealed class RecordResourcesTests
{
    [Fact]
    public async Task The_task_offers_the_household_members_for_the_lines_of_other_members_resources()
    {
        await using var harness = await RequestHarness.StartAsync();
        var (_, main, partner) = await StartAsync(harness, withPartner: true);

        var task = (await harness.OpenTasksAsync("record-resources")).ShouldHaveSingleItem();

        var lines = task.ReadForm().Single(f => f.Name == "memberResources");
        lines.Type.ShouldBe(FormFieldType.Group);
        lines.Fields!.Single(f => f.Name == "member").Choices.ShouldBe([main.ToString(), partner!.Value.ToString()]);
    }

    [Fact]
    public async Task Resources_for_a_partner_the_household_does_not_have_refuse_the_completion_and_record_nothing()
    {
        await using var harness = await RequestHarness.StartAsync();
        var (instanceId, _, _) = await StartAsync(harness, withPartner: false);
        var task = (await harness.OpenTasksAsync("record-resources")).ShouldHaveSingleItem();

        var result = await harness.InScopeAsync(sp => sp.GetRequiredService<HumanTaskService>().CompleteAsync(
            new TaskCommand(task.Id, task.Revision, "op-1", RequestHarness.Worker),
            new JsonObject { ["category"] = "Isolated", ["partnerEarnedIncome"] = 300 },
            CancellationToken.None));

        result.Status.ShouldBe(TaskOperationStatus.Rejected);
        (result.Refusals.ShouldHaveSingleItem().Field, result.Refusals[0].Code).ShouldBe(("partnerEarnedIncome", RuleCodes.PartnerNotInHousehold));
        harness.CaseFile.Records.OfType<ResourceStatement>().ShouldBeEmpty();
        (await harness.OpenTasksAsync("record-resources")).ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            t => t.Status.ShouldBe(task.Status),
            t => t.Revision.ShouldBe(task.Revision));
        (await harness.InScopeAsync(sp => sp.GetRequiredService<IWorkflowStore>().ListOpenIncidentsAsync(
            new IncidentFilter { InstanceId = instanceId }, CancellationToken.None))).ShouldBeEmpty();
        (await harness.InstanceAsync(instanceId)).Status.ShouldBe(WorkflowStatus.Suspended);
    }

    private static async Task<(Guid InstanceId, Guid Main, Guid? Partner)> StartAsync(RequestHarness harness, bool withPartner)
    {
        await harness.ImportAsync(StepChain.Definition("t-resources", ("resources", "Cases.RecordResources", new JsonObject())));
        var adults = harness.Adults().Take(2).ToList();
        var main = harness.AddPerson(adults[0]);
        var partner = withPartner ? harness.AddPerson(adults[1]) : null;
        var (@case, request) = withPartner
            ? harness.OpenRequest(main, RequestType.Dis, new DateOnly(2025, 2, 3), (partner!, HouseholdRelation.Partner))
            : harness.OpenRequest(main, RequestType.Dis, new DateOnly(2025, 2, 3));
        var instanceId = await harness.StartAsync("t-resources", @case, request, main);
        return (instanceId, main.Id, partner?.Id);
    }
}
