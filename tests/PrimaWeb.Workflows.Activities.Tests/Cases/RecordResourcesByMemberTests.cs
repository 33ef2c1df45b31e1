using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities.Letters;
using PrimaWeb.Workflows.Activities.Ris;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Reference;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Testing;

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
    public async Task R2b_GeneralExemptionNotCumulatedWithTheSocioProfessionalOne_Gives1023_68()
    {
        // The variant of ris.md §3.5 is a dated rule of the reference data (ris.calculationRules), not a field of the task.
        var result = await CalculateAsync(
            "Isolated", "2025-02", [Line(Main, "EarnedIncome", 600.00m, exemption: "SocioProfessional")], reference: GeneralExemptionNotCumulated());

        var segment = result.Segments.ShouldHaveSingleItem();
        segment.CountedResources.ShouldBe(3486.24m);
        segment.GeneralExemption.ShouldBe(0m);
        segment.YearlyAmount.ShouldBe(12284.17m);
        result.MonthlyAmount.ShouldBe(1023.68m);
    }

    [Fact]
    public async Task R3_CohabitantWithOwnResources_Gives589_05()
    {
        var amount = await MonthlyAmountAsync("Cohabitant", "2025-02", [Line(Main, "Other", 300.00m)]);

        amount.ShouldBe(589.05m);
    }

    /// <summary>
    /// R-4 (medenam.be): RIS amount 1,707.11 a month, wage 1,500.00, shortage-occupation exemption 426.30 → 633.41, by
    /// the monthly method without the general exemption. The task cannot express that figure: it takes a category, not
    /// an amount, and 1,707.11 is no category amount of any date in the reference data (category 3: 1,640.83 from
    /// 2023-01-01, 1,681.63 derived from 2024-01-01, 1,741.29 from 2024-05-01). So the task runs in March 2024, when the
    /// exemption of 426.30 is in force, under the not-cumulated rule (the example's method), and the test asserts the
    /// example's steps: 1,500.00 − 426.30 = 1,073.70 counted a month, and the RIS is the category amount in force less it.
    /// </summary>
    [Fact]
    public async Task R4_ShortageOccupationExemption_Counts1073_70AMonth_TheRisIsTheCategoryAmountLessIt()
    {
        var reference = GeneralExemptionNotCumulated();

        var result = await CalculateAsync(
            "FamilyWithDependants", "2024-03", [Line(Main, "EarnedIncome", 1500.00m, exemption: "ShortageOccupation")], reference: reference);

        var segment = result.Segments.ShouldHaveSingleItem();
        var exemption = segment.Lines.Single(l => l.Code == "employment-exemption");
        exemption.Amount.ShouldBe(-426.30m * 12);
        exemption.LegalBasis.ShouldContain("AR 23 November 2023");
        segment.CountedResources.ShouldBe(1073.70m * 12);
        segment.GeneralExemption.ShouldBe(0m);
        result.MonthlyAmount.ShouldBe(reference.Ris.MonthlyCategoryAmount(RisCategory.FamilyWithDependants, new DateOnly(2024, 3, 1)) - 1073.70m);
    }

    [Fact]
    public async Task R5_SocioProfessionalExemptionOf2015_LeavesAComplementaryRis()
    {
        var result = await CalculateAsync("Isolated", "2015-01", [Line(Main, "EarnedIncome", 1000.00m, exemption: "SocioProfessional")]);

        var segment = result.Segments.ShouldHaveSingleItem();
        segment.YearlyCategoryAmount.ShouldBe(817.36m * 12);
        segment.Lines.Single(l => l.Code == "employment-exemption").Amount.ShouldBe(-234.55m * 12);
        segment.CountedResources.ShouldBe(765.45m * 12);
        segment.GeneralExemption.ShouldBe(250.00m);
        // ris.md: 765.45 < 817.36, a complementary RIS is due; with the general exemption (cumulated, the reference data's rule) it is 72.74.
        result.MonthlyAmount.ShouldBe(72.74m);
        result.MonthlyAmount.ShouldBe(817.36m - 765.45m + 20.83m);
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

    [Theory]
    [InlineData("Cohabitant", 5515.62, 7877.41)]
    [InlineData("Isolated", 8273.45, 11816.14)]
    [InlineData("FamilyWithDependants", 11181.13, 15968.89)]
    public async Task R11_TheAmountsTheTaskCalculatesWithIn2021_AreTheBaseAmountsIndexed(string category, decimal baseAmount, decimal indexed)
    {
        var result = await CalculateAsync(category, "2021-03", []);

        var used = result.Segments.ShouldHaveSingleItem().YearlyCategoryAmount;
        used.ShouldBe(indexed);
        used.ShouldBe(MoneyRounding.ToCent(baseAmount * 1.4282m));
        result.Segments[0].Lines.Single(l => l.Code == "category-amount").Amount.ShouldBe(indexed);
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

    /// <summary>
    /// "The case file shows the calculation with its legal references": every kind of line a typed statement gives —
    /// both art. 35 exemptions, an art. 22 §1 exempt resource, a partner, a maintenance debtor of the 2026 reform, a
    /// brother — carries its legal reference, and the case page's wording has each line and reference in French and
    /// Dutch (in English the page shows the calculation's own label and citation).
    /// </summary>
    [Fact]
    public async Task EveryTypedLine_OfTheCalculationKept_HasItsLegalReferenceInFrenchAndDutch()
    {
        await using var harness = await RequestHarness.StartAsync();
        var (main, others) = await OpenHouseholdAsync(harness, "2026-03", HouseholdRelation.Partner, HouseholdRelation.OtherRelative, HouseholdRelation.OtherRelative);
        var (partner, grandparent, brother) = (others[0], others[1], others[2]);

        await harness.CompleteAsync("record-resources", Payload(
            "Cohabitant",
            [
                Line(main, "EarnedIncome", 400.00m, exemption: "SocioProfessional"),
                Line(main, "EarnedIncome", 500.00m, exemption: "ShortageOccupation"),
                Line(main, "FamilyAllowances", 200.00m, exemptBasis: "FamilyAllowancesForOwnChildren"),
                Line(partner, "EarnedIncome", 1200.00m),
                Line(grandparent, "ReplacementIncome", 1500.00m),
                Line(brother, "EarnedIncome", 3000.00m),
            ],
            [new JsonObject { ["member"] = grandparent, ["debtorKind"] = "Grandparent", ["countedSharePercent"] = 50 }],
            false,
            main));

        var record = harness.CaseFile.Records.OfType<RisCalculationRecord>().ShouldHaveSingleItem();
        var lines = JsonSerializer.Deserialize<RisCalculationResult>(record.BreakdownJson, CalculateRis.BreakdownJson)!.Segments.SelectMany(s => s.Lines).ToList();
        lines.Select(l => l.Code).Distinct().ShouldBe(
            ["category-amount", "resource", "employment-exemption", "resource-exempt", "person-counted", "cohabitant-not-counted",
             "counted-resources-total", "general-exemption", "counted-resources", "yearly-amount", "monthly-amount"],
            ignoreOrder: true);
        lines.ShouldAllBe(l => !string.IsNullOrWhiteSpace(l.LegalBasis));
        lines.ShouldContain(l => l.Code == "employment-exemption" && l.LegalBasis.Contains("AR 23 November 2023"));
        lines.ShouldContain(l => l.Code == "person-counted" && l.PersonId == grandparent && l.LegalBasis.Contains("AR 7 January 2026"));
        foreach (var language in new[] { Language.Fr, Language.Nl })
        {
            lines.Where(l => BreakdownWording.Reference(l.LegalBasis, language) == l.LegalBasis).Select(l => $"{l.Code}: {l.LegalBasis}").ShouldBeEmpty();
            lines.Where(l => BreakdownWording.Line(l.Code, l.Label, 1, language) == l.Label).Select(l => l.Code).ShouldBeEmpty();
        }
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
        string category, string month, JsonObject[] lines, HouseholdRelation? partner = null, bool disPartner = false, JsonObject[]? debtors = null) =>
        (await CalculateAsync(category, month, lines, partner, disPartner, debtors)).MonthlyAmount;

    /// <summary>
    /// As <see cref="MonthlyAmountAsync"/>, the calculation the case file keeps (its breakdown as the case page reads it);
    /// on <paramref name="reference"/> instead of the repository's reference data when given.
    /// </summary>
    private static async Task<RisCalculationResult> CalculateAsync(
        string category, string month, JsonObject[] lines, HouseholdRelation? partner = null, bool disPartner = false, JsonObject[]? debtors = null,
        CalculationReferenceData? reference = null)
    {
        await using var harness = await RequestHarness.StartAsync(configure: reference is null ? null : engine => engine.Services.AddSingleton(reference));
        var (main, other) = await OpenAsync(harness, month, partner);

        await harness.CompleteAsync("record-resources", Payload(category, lines, debtors ?? [], disPartner, main, other));

        var record = harness.CaseFile.Records.OfType<RisCalculationRecord>().ShouldHaveSingleItem();
        record.StatementId.ShouldBe(harness.CaseFile.Records.OfType<ResourceStatement>().Single().Id);
        var result = JsonSerializer.Deserialize<RisCalculationResult>(record.BreakdownJson, CalculateRis.BreakdownJson).ShouldNotBeNull();
        result.MonthlyAmount.ShouldBe(record.MonthlyAmount);
        return result;
    }

    /// <summary>The repository's reference data with the variant of ris.md §3.5 in force: no general exemption beside an art. 35 exemption.</summary>
    private static CalculationReferenceData GeneralExemptionNotCumulated()
    {
        var sources = Directory.GetFiles(Repository.PathTo("definitions", "reference"), "*.json").Order(StringComparer.Ordinal).Select(path =>
        {
            var text = File.ReadAllText(path);
            if (Path.GetFileName(path) == "ris.json")
            {
                var document = JsonNode.Parse(text)!;
                var rules = document["tables"]!.AsArray().Single(t => (string)t!["id"]! == RisReferenceData.CalculationRulesTable)!["rows"]!.AsArray();
                foreach (var row in rules)
                {
                    row!["values"]!["generalExemptionWithEmploymentExemption"] = "notCumulated";
                }

                text = document.ToJsonString();
            }

            return new ReferenceDataSource("definitions/reference/" + Path.GetFileName(path), text);
        });
        return CalculationReferenceData.Load(sources);
    }

    /// <summary>A DIS received on the first of the month, its workflow at the v2 resources task, followed by the calculation of that month.</summary>
    private static async Task<(string Main, string Other)> OpenAsync(RequestHarness harness, string month, HouseholdRelation? relation)
    {
        var (main, others) = await OpenHouseholdAsync(harness, month, relation is { } r ? [r] : []);
        return (main, others.SingleOrDefault() ?? "");
    }

    /// <summary>As <see cref="OpenAsync"/>, for a household of the claimant and one member for each relation given.</summary>
    private static async Task<(string Main, string[] Others)> OpenHouseholdAsync(RequestHarness harness, string month, params HouseholdRelation[] relations)
    {
        var first = DateOnly.ParseExact($"{month}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var definition = JsonNode.Parse(StepChain.Definition("t-resources-v2",
            ("resources", "Cases.RecordResources", new JsonObject()),
            ("calculate", "Ris.Calculate", new JsonObject { ["from"] = $"{first:yyyy-MM-dd}", ["until"] = $"{first.AddMonths(1).AddDays(-1):yyyy-MM-dd}" })))!;
        definition["activities"]!.AsArray().Single(a => (string)a!["id"]! == "resources")!["version"] = 2;
        definition["effectiveFrom"] = "2015-01-01";
        await harness.ImportAsync(definition.ToJsonString());
        var adults = harness.Adults().Take(relations.Length + 1).ToList();
        var main = harness.AddPerson(adults[0]);
        var others = relations.Select((relation, i) => (Person: harness.AddPerson(adults[i + 1]), Relation: relation)).ToArray();
        var (@case, request) = harness.OpenRequest(main, RequestType.Dis, first, others);
        await harness.StartAsync("t-resources-v2", @case, request, main);
        return (main.Id.ToString(), [.. others.Select(o => o.Person.Id.ToString())]);
    }
}
