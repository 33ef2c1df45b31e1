using System.Text.Json;
using Bunit;
using PrimaWeb.Workflows.Activities.Ris;
using PrimaWeb.Workflows.Data.CaseFiles;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Web.Features.Calculations;
using PrimaWeb.Workflows.Web.Features.Cases;
using PrimaWeb.Workflows.Web.Localization;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Cases;

/// <summary>
/// The RIS calculation of the case page for a statement typed per member (issue 14 point 5): both art. 35 exemptions,
/// an art. 22 §1 exempt resource, a partner, a maintenance debtor of the 2026 reform and a brother; each line shows its
/// legal reference in the user's language.
/// </summary>
public sealed class RisCalculationTableTests : ComponentTestContext
{
    [Theory]
    [InlineData(UiCultures.French, "arrêté royal du 23 novembre 2023")]
    [InlineData(UiCultures.Dutch, "koninklijk besluit van 23 november 2023")]
    [InlineData(UiCultures.English, "AR 23 November 2023")]
    public void TypedStatement_EveryLine_ShowsItsLegalReferenceInTheUsersLanguage(string culture, string shortageOccupationArticle)
    {
        UseLanguage(culture);
        var result = TypedCalculation();
        var english = result.Segments.SelectMany(s => s.Lines).Select(l => l.LegalBasis).ToHashSet(StringComparer.Ordinal);

        var table = Render<RisCalculationTable>(p => p.Add(t => t.Calculation, View(result)));

        var rows = table.FindAll("[data-testid=calculation-lines] tr[data-code]");
        rows.Select(r => r.GetAttribute("data-code")!).ShouldBe(result.Segments.SelectMany(s => s.Lines).Select(l => l.Code));
        var references = rows.Select(r => r.QuerySelector("[data-testid=legal-reference]")!.TextContent.Trim()).ToList();
        references.ShouldAllBe(reference => reference.Length > 0);
        if (culture != UiCultures.English)
        {
            references.Where(english.Contains).ShouldBeEmpty("a reference shown in the calculation's English");
        }

        rows.Where(r => r.GetAttribute("data-code") == "employment-exemption")
            .Select(r => r.QuerySelector("[data-testid=legal-reference]")!.TextContent)
            .ShouldContain(text => text.Contains(shortageOccupationArticle));
    }

    /// <summary>March 2026, category 1, on the repository's reference data.</summary>
    private static RisCalculationResult TypedCalculation()
    {
        var reference = CalculationsFeature.LoadReferenceData(Testing.Repository.PathTo("definitions", "reference"));
        return new RisCalculator(reference.Ris).Calculate(new RisCalculationRequest
        {
            Category = RisCategory.Cohabitant,
            PeriodStart = new DateOnly(2026, 3, 1),
            PeriodEnd = new DateOnly(2026, 3, 31),
            Members =
            [
                new("claimant", CohabitantRelation.Claimant),
                new("partner", CohabitantRelation.Partner),
                new("grandparent", CohabitantRelation.OtherMaintenanceDebtor, CountedSharePercent: 50),
                new("brother", CohabitantRelation.OtherCohabitant),
            ],
            Resources =
            [
                new("claimant", ResourceKind.EarnedIncome, 400.00m, EmploymentExemption: EmploymentExemption.SocioProfessional),
                new("claimant", ResourceKind.EarnedIncome, 500.00m, EmploymentExemption: EmploymentExemption.ShortageOccupation),
                new("claimant", ResourceKind.FamilyAllowances, 200.00m, ExemptBasis: ExemptResourceBasis.FamilyAllowancesForOwnChildren),
                new("partner", ResourceKind.EarnedIncome, 1200.00m),
                new("grandparent", ResourceKind.ReplacementIncome, 1500.00m),
                new("brother", ResourceKind.EarnedIncome, 3000.00m),
            ],
        });
    }

    private static RisCalculationView View(RisCalculationResult result) => new(
        Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UnixEpoch, "sophie.lambert", Guid.NewGuid(), result.Category,
        result.PeriodStart, result.PeriodEnd, result.MonthlyAmount, result.PeriodAmount, JsonSerializer.Serialize(result, CalculateRis.BreakdownJson));
}
