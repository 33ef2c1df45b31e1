using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Activities.Tests.Cases;

/// <summary>
/// <c>Cases.RecordResources</c> v2 (issue 14 point 5): the worked examples of ris.md §6 entered in the task as a social
/// worker would, then calculated by <c>Ris.Calculate</c> from the statement the task recorded.
/// </summary>
public sealed class RecordResourcesByMemberTests
{
    [Fact]
    public async Task R1_OwnWageWithoutExemption_Gives735_03()
    {
        var amount = await MonthlyAmountAsync("Isolated", "2025-02", [Line(Main, "EarnedIncome", 600.00m)]);

        amount.ShouldBe(735.03m);
    }

    [Fact]
    public async Task R2_OwnWageWithTheSocioProfessionalExemption_Gives1044_51()
    {
        var amount = await MonthlyAmountAsync("Isolated", "2025-02", [Line(Main, "EarnedIncome", 600.00m, exemption: "SocioProfessional")]);

        amount.ShouldBe(1044.51m);
    }

    [Fact]
    public async Task R3_CohabitantWithOwnResources_Gives589_05()
    {
        var amount = await MonthlyAmountAsync("Cohabitant", "2025-02", [Line(Main, "Other", 300.00m)]);

        amount.ShouldBe(589.05m);
    }

    [Fact]
    public async Task R6_ResourcesAboveTheAmount_GiveNoRight()
    {
        var amount = await MonthlyAmountAsync("Isolated", "2025-02", [Line(Main, "EarnedIncome", 1400.00m)]);

        amount.ShouldBe(0m);
    }

    [Fact]
    public async Task R7_CohabitingPartnersWage_IsCountedAboveTheCategory1Amount_Gives565_18()
    {
        var amount = await MonthlyAmountAsync("Cohabitant", "2025-02", [Line(Partner, "EarnedIncome", 1200.00m)], partner: HouseholdRelation.Partner);

        amount.ShouldBe(565.18m);
    }

    [Fact]
    public async Task R8_FamilyWithAPartnersWage_Gives666_67()
    {
        var amount = await MonthlyAmountAsync("FamilyWithDependants", "2023-01", [Line(Partner, "EarnedIncome", 1000.00m)], partner: HouseholdRelation.Partner);

        amount.ShouldBe(666.67m);
    }

    [Theory]
    [InlineData(0, 876.13)]
    [InlineData(100, 265.18)]
    public async Task R9_FatherEarning1500_CountsTheShareTheCpasDecides(decimal share, decimal expected)
    {
        var amount = await MonthlyAmountAsync(
            "Cohabitant", "2025-02", [Line(Partner, "EarnedIncome", 1500.00m)], partner: HouseholdRelation.Parent,
            debtors: [new JsonObject { ["member"] = Partner, ["countedSharePercent"] = share }]);

        amount.ShouldBe(expected);
    }

    [Theory]
    [InlineData("Isolated", "2025-01", 1288.46)]
    [InlineData("Isolated", "2025-02", 1314.20)]
    [InlineData("Cohabitant", "2022-12", 773.80)]
    [InlineData("Cohabitant", "2023-01", 809.42)]
    public async Task R10_R12_NoResources_GiveTheCategorysAmountInForceThatMonth(string category, string month, decimal expected)
    {
        var amount = await MonthlyAmountAsync(category, month, []);

        amount.ShouldBe(expected);
    }

    [Fact]
    public async Task R13_PartnerWhoIsADisBeneficiary_HasHisResourcesLeftOut()
    {
        var amount = await MonthlyAmountAsync(
            "Cohabitant", "2025-02", [Line(Partner, "ReplacementIncome", 900.00m)], partner: HouseholdRelation.Partner, disPartner: true);

        amount.ShouldBe(876.13m);
    }

    [Fact]
    public async Task FamilyAllowancesReceivedForOwnChildren_AreNotCounted_Art22()
    {
        var amount = await MonthlyAmountAsync("Isolated", "2025-02", [Line(Main, "FamilyAllowances", 300.00m, exemptBasis: "FamilyAllowancesForOwnChildren")]);

        amount.ShouldBe(1314.20m);
    }

    [Fact]
    public async Task ABrotherEarningWell_IsNeverAMaintenanceDebtor_NothingOfHisIsCounted()
    {
        await using var harness = await RequestHarness.StartAsync();
        var (main, brother) = await OpenAsync(harness, "2025-02", HouseholdRelation.OtherRelative);

        await harness.CompleteAsync("record-resources", Payload("Cohabitant", [Line(brother, "EarnedIncome", 3000.00m)], [], false, main));

        // Version 1 made every other relative a maintenance debtor; a brother is a cohabitant only.
        var statement = harness.CaseFile.Records.OfType<ResourceStatement>().ShouldHaveSingleItem();
        statement.Members.Single(m => m.PersonId == brother).Relation.ShouldBe(CohabitantRelation.OtherCohabitant);
        harness.CaseFile.Records.OfType<RisCalculationRecord>().ShouldHaveSingleItem().MonthlyAmount.ShouldBe(876.13m);
    }

    [Fact]
    public async Task ABrotherListedAsMaintenanceDebtor_IsRefusedOnTheLineAndNothingIsRecorded()
    {
        await using var harness = await RequestHarness.StartAsync();
        var (main, other) = await OpenAsync(harness, "2025-02", HouseholdRelation.OtherRelative);
        var task = (await harness.OpenTasksAsync("record-resources")).ShouldHaveSingleItem();

        var result = await harness.InScopeAsync(sp => sp.GetRequiredService<HumanTaskService>().CompleteAsync(
            new TaskCommand(task.Id, task.Revision, "op-1", RequestHarness.Worker),
            Payload("Cohabitant", [Line(other, "EarnedIncome", 3000.00m)], [new JsonObject { ["member"] = other, ["countedSharePercent"] = 100 }], false, main),
            CancellationToken.None));

        result.Status.ShouldBe(TaskOperationStatus.Rejected);
        (result.Refusals.ShouldHaveSingleItem().Field, result.Refusals[0].Code).ShouldBe(("maintenanceDebtors[0].debtorKind", RuleCodes.ShareOfMaintenanceDebtorOnly));
        harness.CaseFile.Records.OfType<ResourceStatement>().ShouldBeEmpty();
    }

    [Fact]
    public async Task AGrandparentStatedAsSuch_IsAMaintenanceDebtorWithTheShareDecided()
    {
        await using var harness = await RequestHarness.StartAsync();
        var (main, other) = await OpenAsync(harness, "2025-02", HouseholdRelation.OtherRelative);

        await harness.CompleteAsync("record-resources", Payload(
            "Cohabitant", [Line(other, "ReplacementIncome", 1500.00m)], [new JsonObject { ["member"] = other, ["debtorKind"] = "Grandparent", ["countedSharePercent"] = 50 }], false, main));

        var statement = harness.CaseFile.Records.OfType<ResourceStatement>().ShouldHaveSingleItem();
        var grandparent = statement.Members.Single(m => m.PersonId == other);
        grandparent.Relation.ShouldBe(CohabitantRelation.OtherMaintenanceDebtor);
        grandparent.CountedSharePercent.ShouldBe(50m);
    }

    [Fact]
    public async Task AnExemptionOnThePartnersWage_IsRefusedOnItsLine()
    {
        await using var harness = await RequestHarness.StartAsync();
        var (main, partner) = await OpenAsync(harness, "2025-02", HouseholdRelation.Partner);
        var task = (await harness.OpenTasksAsync("record-resources")).ShouldHaveSingleItem();

        var result = await harness.InScopeAsync(sp => sp.GetRequiredService<HumanTaskService>().CompleteAsync(
            new TaskCommand(task.Id, task.Revision, "op-1", RequestHarness.Worker),
            Payload("Cohabitant", [Line(partner, "EarnedIncome", 800.00m, exemption: "Student")], [], false, main),
            CancellationToken.None));

        result.Status.ShouldBe(TaskOperationStatus.Rejected);
        (result.Refusals.ShouldHaveSingleItem().Field, result.Refusals[0].Code).ShouldBe(("resources[0].employmentExemption", RuleCodes.EmploymentExemptionClaimantOnly));
    }

    [Fact]
    public async Task TheTask_OffersEveryMemberAndTheExemptionsOfTheLaw()
    {
        await using var harness = await RequestHarness.StartAsync();
        var (main, partner) = await OpenAsync(harness, "2025-02", HouseholdRelation.Partner);

        var form = (await harness.OpenTasksAsync("record-resources")).ShouldHaveSingleItem().ReadForm();

        var lines = form.Single(f => f.Name == "resources").Fields!;
        lines.Single(f => f.Name == "member").Choices.ShouldBe([main, partner]);
        lines.Single(f => f.Name == "employmentExemption").Choices.ShouldBe(["None", "SocioProfessional", "Student", "ShortageOccupation"]);
        lines.Single(f => f.Name == "exemptBasis").Choices!.ShouldContain("FamilyAllowancesForOwnChildren");
        form.Single(f => f.Name == "maintenanceDebtors").Fields!.Single(f => f.Name == "debtorKind").Choices!.ShouldNotContain("Sibling");
        form.Single(f => f.Name == "maintenanceDebtors").Fields!.Single(f => f.Name == "countedSharePercent").Max.ShouldBe(100);
    }

    // Placeholders for the claimant and the other member, replaced by their person ids once the case is opened.
    private const string Main = "$main";
    private const string Partner = "$other";

    private static JsonObject Line(string member, string kind, decimal amount, string? exemption = null, string? exemptBasis = null)
    {
        var line = new JsonObject { ["member"] = member, ["kind"] = kind, ["amount"] = amount, ["periodicity"] = "Monthly" };
        if (exemption is not null)
        {
            line["employmentExemption"] = exemption;
        }

        if (exemptBasis is not null)
        {
            line["exemptBasis"] = exemptBasis;
        }

        return line;
    }

    private static JsonObject Payload(string category, JsonObject[] lines, JsonObject[] debtors, bool disPartner, string main, string? other = null)
    {
        string Person(JsonNode? member) => (string?)member switch { Main => main, Partner => other ?? Partner, var id => id! };
        return new JsonObject
        {
            ["category"] = category,
            ["partnerIsDisBeneficiary"] = disPartner,
            ["resources"] = new JsonArray([.. lines.Select(l => { var copy = l.DeepClone().AsObject(); copy["member"] = Person(l["member"]); return (JsonNode)copy; })]),
            ["maintenanceDebtors"] = new JsonArray([.. debtors.Select(d => { var copy = d.DeepClone().AsObject(); copy["member"] = Person(d["member"]); return (JsonNode)copy; })]),
        };
    }

    /// <summary>The task completed for a household of the claimant and, if given, one other member; the RIS of the month calculated.</summary>
    private static async Task<decimal> MonthlyAmountAsync(
        string category, string month, JsonObject[] lines, HouseholdRelation? partner = null, bool disPartner = false, JsonObject[]? debtors = null)
    {
        await using var harness = await RequestHarness.StartAsync();
        var (main, other) = await OpenAsync(harness, month, partner);

        await harness.CompleteAsync("record-resources", Payload(category, lines, debtors ?? [], disPartner, main, other));

        var record = harness.CaseFile.Records.OfType<RisCalculationRecord>().ShouldHaveSingleItem();
        record.StatementId.ShouldBe(harness.CaseFile.Records.OfType<ResourceStatement>().Single().Id);
        return record.MonthlyAmount;
    }

    /// <summary>A DIS received on the first of the month, its workflow at the v2 resources task, followed by the calculation of that month.</summary>
    private static async Task<(string Main, string Other)> OpenAsync(RequestHarness harness, string month, HouseholdRelation? relation)
    {
        var first = DateOnly.ParseExact($"{month}-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var definition = JsonNode.Parse(StepChain.Definition("t-resources-v2",
            ("resources", "Cases.RecordResources", new JsonObject()),
            ("calculate", "Ris.Calculate", new JsonObject { ["from"] = $"{first:yyyy-MM-dd}", ["until"] = $"{first.AddMonths(1).AddDays(-1):yyyy-MM-dd}" })))!;
        definition["activities"]!.AsArray().Single(a => (string)a!["id"]! == "resources")!["version"] = 2;
        definition["effectiveFrom"] = "2020-01-01";
        await harness.ImportAsync(definition.ToJsonString());
        var adults = harness.Adults().Take(2).ToList();
        var main = harness.AddPerson(adults[0]);
        var other = relation is null ? null : harness.AddPerson(adults[1]);
        var (@case, request) = relation is { } r
            ? harness.OpenRequest(main, RequestType.Dis, first, (other!, r))
            : harness.OpenRequest(main, RequestType.Dis, first);
        await harness.StartAsync("t-resources-v2", @case, request, main);
        return (main.Id.ToString(), other?.Id.ToString() ?? "");
    }
}
