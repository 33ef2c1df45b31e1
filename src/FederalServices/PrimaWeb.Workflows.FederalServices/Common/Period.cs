using System.Globalization;

namespace PrimaWeb.Workflows.FederalServices.Common;

/// <summary>The XSD <c>Period</c>: a start date and an optional end date (empty = open).</summary>
public sealed record Period(DateOnly StartDate, DateOnly? EndDate = null)
{
    public bool Contains(DateOnly day) => day >= StartDate && (EndDate is null || day <= EndDate);

    public bool Overlaps(Period other) =>
        (EndDate is null || other.StartDate <= EndDate) && (other.EndDate is null || StartDate <= other.EndDate);

    public static Period Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{StartDate:yyyy-MM-dd}..{(EndDate is { } end ? end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "open")}");
}
