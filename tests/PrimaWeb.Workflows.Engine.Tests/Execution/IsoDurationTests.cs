using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Tests.Execution;

public sealed class IsoDurationTests
{
    [Theory]
    [InlineData("P1M", "2026-01-31T10:00:00Z", "2026-02-28T10:00:00Z")]
    [InlineData("P30D", "2026-01-31T10:00:00Z", "2026-03-02T10:00:00Z")]
    [InlineData("P1Y2M3DT4H5M6S", "2026-01-01T00:00:00Z", "2027-03-04T04:05:06Z")]
    [InlineData("P2W", "2026-01-01T00:00:00Z", "2026-01-15T00:00:00Z")]
    public void AddTo_Duration_UsesCalendarUnits(string text, string from, string expected)
    {
        IsoDuration.TryParse(text, out var duration).ShouldBeTrue();

        duration.AddTo(DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("30 days")]
    [InlineData("P1DT")]
    public void TryParse_NotADuration_IsRefused(string text)
    {
        IsoDuration.TryParse(text, out _).ShouldBeFalse();
    }
}
