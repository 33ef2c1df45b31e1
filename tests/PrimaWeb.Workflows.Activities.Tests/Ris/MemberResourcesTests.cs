using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Cases;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.Tests.Ris;

public sealed class MemberResourcesTests
{
    [Fact]
    public async Task A_partners_resource_line_reaches_the_statement_and_gives_the_RIS_of_worked_example_R_7()
    {
        var without = await RunAsync(memberResources: null);
        var with = await RunAsync(memberResources: partner => new JsonArray
        {
            new JsonObject { ["member"] = partner, ["kind"] = "ReplacementIncome", ["amount"] = 14400m, ["periodicity"] = "Yearly" },
        });

        var line = with.Statement.Resources.ShouldHaveSingleItem();
        (line.Kind, line.Amount, line.Periodicity).ShouldBe((ResourceKind.ReplacementIncome, 14400m, ResourcePeriodicity.Yearly));
        line.PersonId.ShouldBe(with.Statement.Members.Single(m => m.Relation == CohabitantRelation.Partner).PersonId);
        without.Statement.Resources.ShouldBeEmpty();

        // ris.md R-7: cat. 1, partner 1,200.00/month, claimant without income — only the part above cat. 1 counts.
        with.Monthly.ShouldBe(565.18m);
        without.Monthly.ShouldBeGreaterThan(with.Monthly);
    }

    [Fact]
    public void A_resource_line_for_someone_outside_the_household_is_refused()
    {
        var payload = new JsonObject { ["memberResources"] = JsonNode.Parse("""[{"member":"4f5c0a51-9d1e-4a39-9a7e-2b0d6f1c3e11","kind":"Other","amount":100}]""") };

        var error = Should.Throw<ActivityRefusalException>(() => RecordResources.MemberResources(payload, new HashSet<string> { Guid.NewGuid().ToString() }).ToList());

        error.Message.ShouldContain("names no member of the de facto household");
        (error.Refusal.Field, error.Refusal.Code).ShouldBe(("memberResources[0].member", RuleCodes.NotAHouseholdMember));
    }

    private static async Task<(ResourceStatement Statement, decimal Monthly)> RunAsync(Func<string, JsonArray>? memberResources)
    {
        await using var harness = await RequestHarness.StartAsync();
        await harness.ImportAsync(StepChain.Definition("t-members",
            ("resources", "Cases.RecordResources", new JsonObject()),
            ("calculate", "Ris.Calculate", new JsonObject { ["from"] = "2025-02-01", ["until"] = "2025-02-28" })));
        var adults = harness.Adults().Take(2).ToList();
        var main = harness.AddPerson(adults[0]);
        var partner = harness.AddPerson(adults[1]);
        var (@case, request) = harness.OpenRequest(main, RequestType.Dis, new DateOnly(2025, 2, 3), (partner, HouseholdRelation.Partner));
        await harness.StartAsync("t-members", @case, request, main);
        var payload = new JsonObject { ["category"] = "Cohabitant" };
        if (memberResources is not null)
        {
            payload["memberResources"] = memberResources(partner.Id.ToString());
        }

        await harness.CompleteAsync("record-resources", payload);
        var statement = harness.CaseFile.Records.OfType<ResourceStatement>().ShouldHaveSingleItem();
        var record = harness.CaseFile.Records.OfType<RisCalculationRecord>().ShouldHaveSingleItem();
        return (statement, record.MonthlyAmount);
    }
}
