using System.Globalization;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.Simulator.Registers;

namespace PrimaWeb.Workflows.Simulator.Tests.Registers;

/// <summary>Maximum durations of bcss-integrations.md B-12..B-14.</summary>
public sealed class ReferenceDirectoryTests
{
    private static readonly Niss Person = Niss.Parse("93051822361", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(1, "2025-03-01", "2025-04-30")]
    [InlineData(40, "2025-03-15", "2025-12-31")]
    [InlineData(2, "2025-03-01", "2026-02-28")]
    [InlineData(5, "2024-03-01", "2025-02-28")]
    public void LastAllowedEnd_CapacityCode_IsStartPlusDurationMinusOneDay(int code, string start, string end) =>
        ReferenceDirectory.LastAllowedEnd(code, D(start)).ShouldBe(D(end));

    [Fact]
    public void Register_Code1ForThreeMonths_IsRefused()
    {
        var register = new ReferenceDirectory();

        var (line, refusal) = register.Register("cpas-namur", Person, 1, new Period(D("2025-03-01"), D("2025-05-31")));

        line.ShouldBeNull();
        refusal.ShouldNotBeNull().ShouldContain("2025-04-30");
    }

    [Fact]
    public void Register_ThenUnregisterMidway_ShortensTheLine()
    {
        var register = new ReferenceDirectory();
        register.Register("cpas-namur", Person, 2, new Period(D("2025-03-01"), D("2026-02-28")));

        register.Unregister("cpas-namur", Person, 2, D("2025-06-01"));

        register.IsIntegrated("cpas-namur", Person, D("2025-05-31")).ShouldBeTrue();
        register.IsIntegrated("cpas-namur", Person, D("2025-06-01")).ShouldBeFalse();
        register.IsIntegrated("cpas-liege", Person, D("2025-05-31")).ShouldBeFalse();
    }

    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
