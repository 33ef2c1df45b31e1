using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.Tests.Common;

/// <summary>The legal calendar: the Belgian day, whatever the server's zone, and no silent UTC.</summary>
public sealed class LegalClockTests
{
    [Theory]
    [InlineData("2026-06-30T22:30:00Z", "2026-07-01")]
    [InlineData("2026-06-30T21:59:00Z", "2026-06-30")]
    [InlineData("2026-01-15T23:30:00Z", "2026-01-16")]
    [InlineData("2026-01-15T22:59:00Z", "2026-01-15")]
    public void Today_AnInstantNearMidnight_IsTheDayInBrussels(string utc, string day)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture));

        LegalClock.Today(clock).ShouldBe(DateOnly.Parse(day, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void StartOf_SummerAndWinterDays_IsMidnightInBrusselsExpressedInUtc()
    {
        LegalClock.StartOf(new DateOnly(2026, 7, 1)).ShouldBe(new DateTimeOffset(2026, 6, 30, 22, 0, 0, TimeSpan.Zero));
        LegalClock.StartOf(new DateOnly(2026, 1, 16), hour: 8).ShouldBe(new DateTimeOffset(2026, 1, 16, 7, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void LocalTime_UtcInstant_IsBelgianWallClockTime()
    {
        var local = LegalClock.LocalTime(new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.Zero));

        (local.Hour, local.Offset).ShouldBe((10, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void FindZone_ZoneMissingOnTheMachine_FailsNamingItInsteadOfFallingBackToUtc()
    {
        var error = Should.Throw<InvalidOperationException>(() => LegalClock.FindZone("Europe/Atlantis"));

        error.Message.ShouldContain("Europe/Atlantis is not installed");
        error.Message.ShouldContain("does not fall back to UTC");
    }
}
