using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.People;

namespace PrimaWeb.Workflows.Domain.Tests.People;

public sealed class BirthDatesTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Theory]
    [InlineData("2099-01-01", RuleCodes.InFuture)]
    [InlineData("2026-11-28", RuleCodes.InFuture)]
    [InlineData("1899-12-31", RuleCodes.ImplausibleDate)]
    public void Validate_ImpossibleBirthDate_IsRefusedNamingTheField(string date, string code)
    {
        var refusal = Should.Throw<DomainValidationException>(() => BirthDates.Validate(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Today, "birthDate"));

        (refusal.Field, refusal.Code).ShouldBe(("birthDate", code));
    }

    [Theory]
    [InlineData("2026-11-27")]
    [InlineData("1900-01-01")]
    [InlineData("1985-07-30")]
    public void Validate_PossibleBirthDate_IsAccepted(string date) =>
        Should.NotThrow(() => BirthDates.Validate(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Today, "birthDate"));
}
