using PrimaWeb.Workflows.Data.Conversions;

namespace PrimaWeb.Workflows.Data.Tests.Conversions;

public sealed class UtcInstantToTextConverterTests
{
    private readonly UtcInstantToTextConverter _converter = new();

    [Fact]
    public void ConvertToProvider_InstantWithOffset_WritesFixedWidthUtcText()
    {
        var instant = new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)).AddTicks(1234567);

        var text = (string)_converter.ConvertToProvider(instant)!;

        text.ShouldBe("2026-03-29T01:30:00.1234567Z");
    }

    [Fact]
    public void ConvertFromProvider_Text_ReadsSameInstantInUtc()
    {
        var instant = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.FromHours(1)).AddTicks(42);

        var read = (DateTimeOffset)_converter.ConvertFromProvider(_converter.ConvertToProvider(instant))!;

        read.ShouldBe(instant);
        read.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void ConvertToProvider_InstantsInAnyOffset_SortAsTextLikeInstants()
    {
        DateTimeOffset[] instants =
        [
            new(2026, 1, 1, 0, 30, 0, TimeSpan.FromHours(1)),
            new(2025, 12, 31, 23, 45, 0, TimeSpan.Zero),
            new(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(-5)),
            new(1999, 6, 1, 0, 0, 0, TimeSpan.Zero),
        ];

        var byText = instants.OrderBy(instant => (string)_converter.ConvertToProvider(instant)!, StringComparer.Ordinal);

        byText.ShouldBe(instants.OrderBy(instant => instant.UtcTicks));
    }
}
