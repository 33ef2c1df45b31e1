using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Integrations;
using static PrimaWeb.Workflows.Domain.Tests.Samples;

namespace PrimaWeb.Workflows.Domain.Tests.Integrations;

public class CapacityCodesTests
{
    [Fact]
    public void All_ListsThePrimaWebCodesInBcssOrder()
    {
        CapacityCodes.All.Select(c => (int)c).ShouldBe([1, 2, 3, 4, 5, 6, 40]);
    }

    [Theory]
    [InlineData(1, "Dossier en examen", "Dossier in onderzoek", MaximumDuration.TwoMonths)]
    [InlineData(2, "Revenu d'intégration", "Leefloon", MaximumDuration.OneYear)]
    [InlineData(3, "Équivalent revenu d'intégration", "Equivalent leefloon", MaximumDuration.OneYear)]
    [InlineData(4, "Autre aide", "Andere hulp", MaximumDuration.OneYear)]
    [InlineData(5, "Cohabitant", "Inwonende", MaximumDuration.OneYear)]
    [InlineData(6, "Personne occupée par le biais d'un CPAS", "Persoon tewerkgesteld via OCMW", MaximumDuration.OneYear)]
    [InlineData(40, "Bénéficiaire de l'allocation de chauffage", "Begunstigde verwarmingstoelage", MaximumDuration.CalendarYear)]
    public void Describe_EachCode_GivesOfficialLabelsAndDuration(int number, string fr, string nl, MaximumDuration duration)
    {
        var info = CapacityCodes.Describe(CapacityCodes.FromNumber(number));

        info.Number.ShouldBe(number);
        info.LabelFr.ShouldBe(fr);
        info.LabelNl.ShouldBe(nl);
        info.MaximumDuration.ShouldBe(duration);
        info.Meaning.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(20)]
    [InlineData(999)]
    public void FromNumber_CodeNotUsedByPrimaWeb_IsRefused(int number)
    {
        var error = Should.Throw<DomainValidationException>(() => CapacityCodes.FromNumber(number));

        error.Message.ShouldBe($"Capacity code {number} is not used by PrimaWeb (1 to 6 or 40).");
    }

    [Fact]
    public void MaximumEnd_Code1_IsStartPlusTwoMonthsMinusOneDay()
    {
        CapacityCodes.Describe(CapacityCode.UnderInvestigation).MaximumEnd(D(1, 3, 2025)).ShouldBe(D(30, 4, 2025)); // B-12
        CapacityCodes.Describe(CapacityCode.UnderInvestigation).MaximumEnd(D(15, 1, 2025)).ShouldBe(D(14, 3, 2025));
    }

    [Theory]
    [InlineData(CapacityCode.IntegrationIncome)]
    [InlineData(CapacityCode.EquivalentIntegrationIncome)]
    [InlineData(CapacityCode.OtherAid)]
    [InlineData(CapacityCode.Cohabitant)]
    [InlineData(CapacityCode.EmploymentMeasure)]
    public void MaximumEnd_OneYearCodes_IsStartPlusTwelveMonthsMinusOneDay(CapacityCode code)
    {
        CapacityCodes.Describe(code).MaximumEnd(D(1, 3, 2025)).ShouldBe(D(28, 2, 2026)); // B-14
    }

    [Fact]
    public void MaximumEnd_Code40_IsEndOfTheStartYear()
    {
        var info = CapacityCodes.Describe(CapacityCode.HeatingAllowance);

        info.MaximumEnd(D(15, 3, 2025)).ShouldBe(D(31, 12, 2025)); // B-13
        info.MaximumEnd(D(31, 12, 2025)).ShouldBe(D(31, 12, 2025));
    }

    [Fact]
    public void ToString_NamesCodeAndFrenchLabel()
    {
        CapacityCodes.Describe(CapacityCode.UnderInvestigation).ToString().ShouldBe("code 1 (Dossier en examen)");
    }
}
