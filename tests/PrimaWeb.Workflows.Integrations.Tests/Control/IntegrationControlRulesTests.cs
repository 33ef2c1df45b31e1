using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Integrations.Common;
using PrimaWeb.Workflows.Integrations.Control;

namespace PrimaWeb.Workflows.Integrations.Tests.Control;

/// <summary>The seed's control rules on the cases of bcss-integrations.md §8 (B-1..B-11).</summary>
public sealed class IntegrationControlRulesTests
{
    private static readonly Niss Main = Niss.Parse("93051822361", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly Niss Partner = Niss.Parse("94021300145", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly Niss Child = Niss.Parse("06070500252", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2025-03-15", true)]
    [InlineData("2025-05-02", false)]
    public void Evaluate_ConsultationDay_B1B2(string day, bool allowed)
    {
        var verdict = Evaluate(IntegrationRequirement.Consultation(Main), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture),
            (Main, I(1, "2025-03-01", "2025-04-30")));

        verdict.IsAllowed.ShouldBe(allowed);
    }

    [Fact]
    public void Evaluate_PeriodWithoutCommonDay_B3_IsRefused() =>
        Evaluate(IntegrationRequirement.Consultation(Main, Period.Year(2024)), D("2025-03-15"), (Main, I(1, "2025-03-01", "2025-04-30")))
            .IsAllowed.ShouldBeFalse();

    [Fact]
    public void Evaluate_NoIntegrationAtAll_B4_IsRefusedWithCode1() =>
        Evaluate(IntegrationRequirement.Consultation(Main), D("2025-03-15"))
            .Gaps.ShouldHaveSingleItem().MissingCapacityCode.ShouldBe(1);

    [Fact]
    public void Evaluate_DisFormNotIntegratedOnEffectiveDate_B5_IsRefused() =>
        Evaluate(IntegrationRequirement.DisForm(D("2025-02-01"), Main, null), D("2025-03-20"), (Main, I(2, "2025-03-01", "2026-02-28")))
            .Gaps.ShouldHaveSingleItem().Day.ShouldBe(D("2025-02-01"));

    [Fact]
    public void Evaluate_DisFormBothIntegrated_B6_IsAllowed() =>
        Evaluate(IntegrationRequirement.DisForm(D("2025-02-01"), Main, Partner), D("2025-03-20"),
                (Main, I(1, "2025-01-15", "2025-03-14")), (Main, I(2, "2025-03-15", "2026-03-14")), (Partner, I(5, "2025-01-01", "2025-12-31")))
            .IsAllowed.ShouldBeTrue();

    [Fact]
    public void Evaluate_DisFormPartnerEndedBeforeSending_B7_IsRefused() =>
        Evaluate(IntegrationRequirement.DisForm(D("2025-02-01"), Main, Partner), D("2025-03-20"),
                (Main, I(1, "2025-01-15", "2025-03-14")), (Main, I(2, "2025-03-15", "2026-03-14")), (Partner, I(5, "2025-01-01", "2025-02-28")))
            .Gaps.ShouldHaveSingleItem().Person.ShouldBe(Partner);

    [Fact]
    public void Evaluate_Loi65ChildEndedBeforeSending_B8_IsRefused() =>
        Evaluate(IntegrationRequirement.Loi65Form(D("2025-01-01"), [Main, Partner, Child]), D("2025-02-10"),
                (Main, I(3, "2025-01-01", "2025-12-31")), (Partner, I(3, "2025-01-01", "2025-12-31")), (Child, I(3, "2025-01-01", "2025-01-31")))
            .Gaps.ShouldHaveSingleItem().Person.ShouldBe(Child);

    [Fact]
    public void Evaluate_HeatingBothIntegrated_B9_IsAllowed() =>
        Evaluate(IntegrationRequirement.Heating(Period.Year(2025), [Main, Partner]), D("2025-03-10"),
                (Main, I(40, "2025-01-01", "2025-12-31")), (Partner, I(40, "2025-01-01", "2025-12-31")))
            .IsAllowed.ShouldBeTrue();

    [Fact]
    public void Evaluate_HeatingSecondaryOnlyLastYear_B10_IsRefusedOnTheSendingDay()
    {
        var verdict = Evaluate(IntegrationRequirement.Heating(Period.Year(2025), [Main, Partner]), D("2025-03-10"),
            (Main, I(40, "2025-01-01", "2025-12-31")), (Partner, I(40, "2024-01-01", "2024-12-31")));

        verdict.Gaps.ShouldAllBe(g => g.Person == Partner);
        verdict.Gaps.ShouldContain(g => g.Day == D("2025-03-10"));
    }

    [Fact]
    public void Evaluate_HeatingPeriod2024WithIntegrationOf2025_B11_IsRefusedOnThePeriod() =>
        Evaluate(IntegrationRequirement.Heating(Period.Year(2024), [Main]), D("2025-02-20"), (Main, I(1, "2025-02-01", "2025-03-31")))
            .Gaps.ShouldHaveSingleItem().Period.ShouldBe(Period.Year(2024));

    private static IntegrationVerdict Evaluate(IntegrationRequirement requirement, DateOnly today, params (Niss Person, (int Code, Period Period) Line)[] lines) =>
        IntegrationControlRules.Evaluate(requirement, today, lines
            .GroupBy(l => l.Person)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<BcssIntegration>)[.. g.Select(l => new BcssIntegration(g.Key, l.Line.Code, l.Line.Period))]));

    private static (int, Period) I(int code, string start, string end) => (code, new Period(D(start), D(end)));

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
