using System.Globalization;
using PrimaWeb.Workflows.Web.Localization;

namespace PrimaWeb.Workflows.Web.Components.Tests.Localization;

public sealed class BelgianFormatsTests : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;

    public void Dispose() => CultureInfo.CurrentCulture = _culture;

    [Theory]
    [InlineData(UiCultures.French)]
    [InlineData(UiCultures.Dutch)]
    public void Date_AnyLanguage_IsDayMonthYearWithSlashes(string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);

        BelgianFormats.Date(new DateOnly(2026, 3, 5)).ShouldBe("05/03/2026");
    }

    [Fact]
    public void DateTime_SummerInstant_IsBrusselsLocalTime() =>
        BelgianFormats.DateTime(new DateTimeOffset(2026, 7, 1, 22, 30, 0, TimeSpan.Zero)).ShouldBe("02/07/2026 00:30");

    [Theory]
    [InlineData(UiCultures.French, "1\u202f234,56 €")]
    [InlineData(UiCultures.Dutch, "€ 1.234,56")]
    public void Money_InTheUsersLanguage_IsInEuroWithBelgianDigits(string culture, string expected)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);

        BelgianFormats.Money(1234.56m).ShouldBe(expected);
    }
}
