namespace PrimaWeb.Workflows.Designer.Texts;

/// <summary>A moment as an analyst in Belgium reads it: the screens run on a server whose clock may be UTC.</summary>
public static class BelgianTime
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static DateTimeOffset Of(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Brussels);
}
