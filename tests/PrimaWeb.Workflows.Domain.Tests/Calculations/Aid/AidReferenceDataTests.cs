using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Aid;
using PrimaWeb.Workflows.Domain.Calculations.Reference;

namespace PrimaWeb.Workflows.Domain.Tests.Calculations.Aid;

public sealed class AidReferenceDataTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static List<ReferenceDataSource> AidFile(Func<string, string> change) =>
        [.. RepositoryReferenceData.Sources().Select(s => s.Name.EndsWith("aid.json", StringComparison.Ordinal) ? s with { Content = change(s.Content) } : s)];

    [Fact]
    public void KindsOn_RepositoryFile_ListsTheKindsInTheFilesOrderAndOnlyRentNeedsAnA036()
    {
        var aid = CalculationReferenceData.Load(RepositoryReferenceData.Sources()).Aid;

        aid.KindsOn(Day).ShouldBe(["food", "energy", "rent", "medical", "miscellaneous"]);
        aid.KindsOn(Day).Where(kind => aid.NeedsA036(kind, Day)).ShouldBe(["rent"]);
    }

    [Fact]
    public void Premium_RepositoryFile_IsOnceInALifetimeWithItsAmount()
    {
        var aid = CalculationReferenceData.Load(RepositoryReferenceData.Sources()).Aid;

        aid.PremiumAmount(Day).ShouldBe(1444.20m);
        aid.PremiumLimitOn(Day).ShouldBe(PremiumLimit.OnceInALifetime);
    }

    [Fact]
    public void NeedsA036_AnalystMarksFoodAsNeeded_IsReadFromTheFile()
    {
        var aid = CalculationReferenceData.Load(AidFile(c => c.Replace("\"food\": \"notNeeded\"", "\"food\": \"needed\"", StringComparison.Ordinal))).Aid;

        aid.NeedsA036("food", Day).ShouldBeTrue();
    }

    [Fact]
    public void Load_AKindWithAnUnknownA036Rule_IsNamedAtLoading()
    {
        var sources = AidFile(c => c.Replace("\"food\": \"notNeeded\"", "\"food\": \"sometimes\"", StringComparison.Ordinal));

        var error = Should.Throw<ReferenceDataException>(() => CalculationReferenceData.Load(sources)).Errors.ShouldHaveSingleItem();

        (error.File, error.Table).ShouldBe(("definitions/reference/aid.json", AidReferenceData.OtherAidKindsTable));
        error.Message.ShouldContain("needed");
    }

    [Fact]
    public void Load_APremiumWithoutAmount_IsNamedAtLoading()
    {
        var sources = AidFile(c => c.Replace("\"amount\": 1444.20, ", string.Empty, StringComparison.Ordinal));

        var error = Should.Throw<ReferenceDataException>(() => CalculationReferenceData.Load(sources)).Errors.ShouldHaveSingleItem();

        (error.Table, error.Field).ShouldBe((AidReferenceData.PremiumRulesTable, "amount"));
    }
}
