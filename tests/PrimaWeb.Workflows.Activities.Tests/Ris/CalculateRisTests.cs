using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Tests.Ris;

public sealed class CalculateRisTests
{
    [Fact]
    public async Task The_recorded_resources_give_the_RIS_of_worked_example_R_1_kept_with_its_breakdown()
    {
        await using var harness = await RequestHarness.StartAsync();
        await harness.ImportAsync(StepChain.Definition("t-ris",
            ("resources", "Cases.RecordResources", new JsonObject()),
            ("calculate", "Ris.Calculate", new JsonObject { ["from"] = "2025-02-01", ["until"] = "2025-02-28" })));
        var main = harness.AddPerson(harness.Adults().First());
        var (@case, request) = harness.OpenRequest(main, RequestType.Dis, new DateOnly(2025, 2, 3));
        var instanceId = await harness.StartAsync("t-ris", @case, request, main);

        await harness.CompleteAsync("record-resources", new JsonObject { ["category"] = "Isolated", ["claimantEarnedIncome"] = 600.00m, ["rent"] = 500, ["energy"] = 80.5m });

        var statement = harness.CaseFile.Records.OfType<ResourceStatement>().ShouldHaveSingleItem();
        statement.Category.ShouldBe(RisCategory.Isolated);
        statement.Members.ShouldHaveSingleItem().Relation.ShouldBe(CohabitantRelation.Claimant);
        statement.Resources.ShouldHaveSingleItem().Amount.ShouldBe(600.00m);
        statement.MonthlyExpenses.ShouldBe(580.50m);
        var record = harness.CaseFile.Records.OfType<RisCalculationRecord>().ShouldHaveSingleItem();
        record.StatementId.ShouldBe(statement.Id);
        record.Category.ShouldBe(RisCategory.Isolated);
        record.PeriodStart.ShouldBe(new DateOnly(2025, 2, 1));
        record.PeriodEnd.ShouldBe(new DateOnly(2025, 2, 28));
        record.MonthlyAmount.ShouldBe(735.03m);
        record.PeriodAmount.ShouldBe(735.03m);
        record.BreakdownJson.ShouldContain("\"segments\"");
        var variables = (await harness.InstanceAsync(instanceId)).State.Variables;
        variables["risMonthlyAmount"]!.GetValue<decimal>().ShouldBe(735.03m);
        variables["risCategory"]!.GetValue<string>().ShouldBe("Isolated");
    }
}
