using PrimaWeb.Workflows.Domain.Common;
using static PrimaWeb.Workflows.Domain.Tests.Samples;

namespace PrimaWeb.Workflows.Domain.Tests.Common;

public class DatePeriodTests
{
    [Fact]
    public void Contains_BothEnds_AreIncluded()
    {
        var period = new DatePeriod(D(1, 3, 2025), D(30, 4, 2025));

        period.Contains(D(1, 3, 2025)).ShouldBeTrue();
        period.Contains(D(30, 4, 2025)).ShouldBeTrue();
        period.Contains(D(28, 2, 2025)).ShouldBeFalse();
        period.Contains(D(1, 5, 2025)).ShouldBeFalse();
    }

    [Fact]
    public void Contains_OpenPeriod_RunsForever()
    {
        new DatePeriod(D(1, 3, 2025), null).Contains(D(1, 1, 2099)).ShouldBeTrue();
    }

    [Fact]
    public void Overlaps_SharingOneDay_IsTrueAndAdjacentIsFalse()
    {
        var march = new DatePeriod(D(1, 3, 2025), D(31, 3, 2025));

        march.Overlaps(new DatePeriod(D(31, 3, 2025), D(30, 4, 2025))).ShouldBeTrue();
        march.Overlaps(new DatePeriod(D(1, 4, 2025), null)).ShouldBeFalse();
        new DatePeriod(D(1, 1, 2020), null).Overlaps(march).ShouldBeTrue();
    }

    [Fact]
    public void Constructor_EndBeforeStart_IsRefused()
    {
        Should.Throw<DomainValidationException>(() => new DatePeriod(D(2, 3, 2025), D(1, 3, 2025))).Field.ShouldBe("End");
    }

    [Fact]
    public void CalendarYear_CoversJanuaryToDecember()
    {
        DatePeriod.CalendarYear(2025).ShouldBe(new DatePeriod(D(1, 1, 2025), D(31, 12, 2025)));
        DatePeriod.CalendarYear(2025).ToString().ShouldBe("01/01/2025–31/12/2025");
    }
}
