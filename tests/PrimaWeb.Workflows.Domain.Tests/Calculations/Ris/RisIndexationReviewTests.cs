using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Reference;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using static PrimaWeb.Workflows.Domain.Tests.Calculations.Ris.RisTestData;

namespace PrimaWeb.Workflows.Domain.Tests.Calculations.Ris;

public class RisIndexationReviewTests
{
    private static readonly DateOnly Indexation = new(2026, 5, 1);

    /// <summary>The repository data plus a fictitious indexation on 01/05/2026 (+2 %), as an analyst would add it.</summary>
    private static RisReferenceData IndexedReference()
    {
        var sources = RepositoryReferenceData.Sources()
            .Select(s => s.Name.EndsWith("ris.json", StringComparison.Ordinal)
                ? s with { Content = s.Content.Replace("\"id\": \"ris.categoryAmounts\",", "\"id\": \"ris.categoryAmounts.old\",", StringComparison.Ordinal) }
                : s)
            .ToList();
        var old = RepositoryReferenceData.Set.Table(RisReferenceData.CategoryAmountsTable);
        // The rows giving every category (the row of 2015 gives category 2 only, and it is not what this review is about).
        var rows = old.Rows.Where(r => r.HasAmount("category1Yearly") && r.HasAmount("category3Yearly")).Select(r => Row(r.From, r.Amount("category1Yearly"), r.Amount("category2Yearly"), r.Amount("category3Yearly")))
            .Append(Row(Indexation, 10723.87m, 16085.82m, 21739.10m));
        sources.Add(new ReferenceDataSource("indexation.json", $$"""{ "format": "primaweb-reference/1", "tables": [ { "id": "ris.categoryAmounts", "rows": [ {{string.Join(", ", rows)}} ] } ] }"""));
        return RisReferenceData.From(ReferenceDataSet.Parse(sources));
    }

    private static string Row(DateOnly from, decimal y1, decimal y2, decimal y3) =>
        CategoryRow(from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), y1, y2, y3);

    [Fact]
    public void FindChanges_NewAmounts_ListsRunningDecisionsWithTheirDifference()
    {
        var running = new OpenRisDecision("D-1", Request(RisCategory.Isolated, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Wage(600m)), 735.03m);
        var ended = new OpenRisDecision("D-2", Request(RisCategory.Isolated, new DateOnly(2025, 2, 1), new DateOnly(2026, 4, 30), Wage(600m)), 735.03m);

        var review = RisIndexationReview.FindChanges([running, ended], IndexedReference(), Indexation);

        var change = review.Changes.ShouldHaveSingleItem();
        change.DecisionId.ShouldBe("D-1");
        change.EffectiveFrom.ShouldBe(Indexation);
        change.NewMonthlyAmount.ShouldBe(MoneyRounding.ToCent((16085.82m - 6950m) / 12));
        change.Difference.ShouldBe(change.NewMonthlyAmount - 735.03m);
        review.Failures.ShouldBeEmpty();
    }

    [Fact]
    public void FindChanges_AmountUnchanged_ListsNothing()
    {
        // Resources above the new category amount: no right before, no right after.
        var decision = new OpenRisDecision("D-3", Request(RisCategory.Isolated, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Wage(2000m)), 0m);

        RisIndexationReview.FindChanges([decision], IndexedReference(), Indexation).Changes.ShouldBeEmpty();
    }

    [Fact]
    public void FindChanges_InvalidDecision_IsReportedAsFailure()
    {
        var decision = new OpenRisDecision("D-4", Request(RisCategory.Isolated, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Wage(-1m)), 100m);

        var review = RisIndexationReview.FindChanges([decision], IndexedReference(), Indexation);

        review.Failures.ShouldHaveSingleItem().Errors.ShouldContain(e => e.Field == "resources[0].amount");
    }
}
