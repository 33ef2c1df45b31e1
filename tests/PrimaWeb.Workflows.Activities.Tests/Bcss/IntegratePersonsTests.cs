using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.Tests.Bcss;

public sealed class IntegratePersonsTests
{
    [Fact]
    public async Task Main_person_and_partner_get_the_code_other_members_code_5_each_bounded_by_its_code_maximum()
    {
        await using var harness = await RequestHarness.StartAsync();
        await harness.ImportAsync(SingleStep.Definition("t-integrate", "Bcss.IntegratePersons",
            new JsonObject { ["code"] = 2, ["months"] = 18 }, "Done", "Refused"));
        var adults = harness.Adults().Take(3).ToList();
        var main = harness.AddPerson(adults[0]);
        var partner = harness.AddPerson(adults[1]);
        var cohabitant = harness.AddPerson(adults[2]);
        var (@case, request) = harness.OpenRequest(main, RequestType.Dis, harness.Today, (partner, HouseholdRelation.Partner), (cohabitant, HouseholdRelation.Other));

        var instanceId = await harness.StartAsync("t-integrate", @case, request, main);
        var lastDay = harness.Today.AddMonths(12).AddDays(-1);
        foreach (var (person, code) in new[] { (main, CapacityCode.IntegrationIncome), (partner, CapacityCode.IntegrationIncome), (cohabitant, CapacityCode.Cohabitant) })
        {
            var line = harness.CaseFile.Register(RequestHarness.Tenant, person.Niss).Integrations.ShouldHaveSingleItem();
            line.Code.ShouldBe(code);
            line.Start.ShouldBe(harness.Today);
            line.End.ShouldBe(lastDay, "18 months asked, 1 year allowed");
        }

        (await harness.InstanceAsync(instanceId)).Status.ShouldBe(WorkflowStatus.Suspended, "the BCSS has not answered yet");
        (await harness.PendingOutboxAsync()).ShouldHaveSingleItem().MessageType.ShouldBe("Bcss.ManageAccess");
        await harness.DeliverOutboxAsync();

        var instance = await harness.InstanceAsync(instanceId);
        instance.Status.ShouldBe(WorkflowStatus.Completed);
        instance.State.Variables["outcome"]!.GetValue<string>().ShouldBe("Done");
        instance.State.Variables["integrationEndsOn"]!.GetValue<string>().ShouldBe("2027-03-01");
        harness.Simulator.State.Register.LinesOf(RequestHarness.Tenant, cohabitant.Niss).ShouldHaveSingleItem().Purpose.ShouldBe(5);
        harness.Simulator.State.Register.LinesOf(RequestHarness.Tenant, partner.Niss).ShouldHaveSingleItem().Period.EndDate.ShouldBe(lastDay);
    }

    [Fact]
    public async Task Version_2_integrates_the_dependent_children_under_the_aids_code_and_only_the_other_cohabitants_under_code_5()
    {
        // A category 3 household (ris.md §1): a couple with two minor children, an adult son and a co-tenant.
        await using var harness = await RequestHarness.StartAsync();
        var definition = JsonNode.Parse(SingleStep.Definition("t-integrate-v2", "Bcss.IntegratePersons", new JsonObject { ["code"] = 2 }, "Done", "Refused"))!;
        definition["activities"]![1]!["version"] = 2;
        await harness.ImportAsync(definition.ToJsonString());
        var adults = harness.Adults().Take(4).ToList();
        var minors = harness.Simulator.State.Population.Persons
            .Where(p => p.DeathDate is null && !p.Niss.IsBis && p.BirthDate.IsComplete && p.Niss.BirthDate == p.BirthDate.ToDateOrFirst()
                && p.BirthDate.ToDateOrFirst() > harness.Today.AddYears(-17))
            .Take(2).ToList();
        minors.Count.ShouldBe(2);
        var main = harness.AddPerson(adults[0]);
        var partner = harness.AddPerson(adults[1]);
        var children = minors.Select(m => harness.AddPerson(m)).ToList();
        var adultSon = harness.AddPerson(adults[2]);
        var coTenant = harness.AddPerson(adults[3]);
        var (@case, request) = harness.OpenRequest(main, RequestType.Dis, harness.Today, (partner, HouseholdRelation.Partner),
            (children[0], HouseholdRelation.Child), (children[1], HouseholdRelation.Child), (adultSon, HouseholdRelation.Child), (coTenant, HouseholdRelation.Other));

        await harness.StartAsync("t-integrate-v2", @case, request, main);

        foreach (var (person, code) in new[]
        {
            (main, CapacityCode.IntegrationIncome), (partner, CapacityCode.IntegrationIncome), (children[0], CapacityCode.IntegrationIncome),
            (children[1], CapacityCode.IntegrationIncome), (adultSon, CapacityCode.Cohabitant), (coTenant, CapacityCode.Cohabitant),
        })
        {
            harness.CaseFile.Register(RequestHarness.Tenant, person.Niss).Integrations.ShouldHaveSingleItem().Code.ShouldBe(code, person.LastName);
        }
    }

    [Fact]
    public async Task Version_1_keeps_code_5_for_every_member_but_the_main_person_and_the_partner()
    {
        await using var harness = await RequestHarness.StartAsync();
        await harness.ImportAsync(SingleStep.Definition("t-integrate-v1", "Bcss.IntegratePersons", new JsonObject { ["code"] = 2 }, "Done", "Refused"));
        var main = harness.AddPerson(harness.Adults().First());
        var child = harness.AddPerson(harness.Simulator.State.Population.Persons
            .First(p => p.DeathDate is null && !p.Niss.IsBis && p.BirthDate.IsComplete && p.Niss.BirthDate == p.BirthDate.ToDateOrFirst()
                && p.BirthDate.ToDateOrFirst() > harness.Today.AddYears(-17)));
        var (@case, request) = harness.OpenRequest(main, RequestType.Dis, harness.Today, (child, HouseholdRelation.Child));

        await harness.StartAsync("t-integrate-v1", @case, request, main);

        harness.CaseFile.Register(RequestHarness.Tenant, child.Niss).Integrations.ShouldHaveSingleItem().Code.ShouldBe(CapacityCode.Cohabitant);
    }

    [Fact]
    public async Task Code_1_lasts_at_most_two_months_for_everybody()
    {
        await using var harness = await RequestHarness.StartAsync();
        await harness.ImportAsync(SingleStep.Definition("t-integrate", "Bcss.IntegratePersons", new JsonObject { ["code"] = 1, ["months"] = 6 }, "Done", "Refused"));
        var adults = harness.Adults().Take(2).ToList();
        var main = harness.AddPerson(adults[0]);
        var child = harness.AddPerson(adults[1]);
        var (@case, request) = harness.OpenRequest(main, RequestType.Dis, harness.Today, (child, HouseholdRelation.Child));

        await harness.StartAsync("t-integrate", @case, request, main);

        harness.CaseFile.Register(RequestHarness.Tenant, main.Niss).Integrations.ShouldHaveSingleItem().End.ShouldBe(new DateOnly(2026, 5, 1));
        var cohabitant = harness.CaseFile.Register(RequestHarness.Tenant, child.Niss).Integrations.ShouldHaveSingleItem();
        cohabitant.Code.ShouldBe(CapacityCode.Cohabitant);
        cohabitant.End.ShouldBe(new DateOnly(2026, 5, 1), "a cohabitant is integrated as long as the household's inquiry");
    }

    [Fact]
    public async Task A_registration_the_BCSS_refuses_ends_the_step_Refused_with_the_BCSS_message()
    {
        await using var harness = await RequestHarness.StartAsync();
        await harness.ImportAsync(SingleStep.Definition("t-integrate", "Bcss.IntegratePersons", new JsonObject { ["code"] = 1 }, "Done", "Refused"));
        var simulated = harness.Adults().First();
        var main = new Domain.People.Person(RequestHarness.Tenant, simulated.Niss, "Nomquinecorrespondpas", "X", null, Domain.Identity.Gender.Unknown, "BE", null, Domain.Common.Language.Fr);
        harness.CaseFile.Add(main);
        var (@case, request) = harness.OpenRequest(main, RequestType.Dis, harness.Today);

        var instanceId = await harness.StartAsync("t-integrate", @case, request, main);
        await harness.DeliverOutboxAsync();

        var instance = await harness.InstanceAsync(instanceId);
        instance.State.Variables["outcome"]!.GetValue<string>().ShouldBe("Refused");
        instance.State.Variables["integrationMessage"]!.GetValue<string>().ShouldContain("ProofOfAuthentication");
        harness.Simulator.State.Register.LinesOf(RequestHarness.Tenant, main.Niss).ShouldBeEmpty();
        var line = harness.CaseFile.Register(RequestHarness.Tenant, main.Niss).Integrations.ShouldHaveSingleItem();
        line.IsCancelled.ShouldBeTrue("the application's register follows the BCSS");
        harness.CaseFile.Saves.ShouldBe(1);
    }
}
