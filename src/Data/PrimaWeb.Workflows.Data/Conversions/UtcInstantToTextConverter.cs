using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PrimaWeb.Workflows.Data.Conversions;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> on SQLite as fixed-width UTC text (<c>2026-11-27T12:34:56.1234567Z</c>).
/// SQLite has no date type and EF Core cannot order or compare DateTimeOffset there; text of one fixed width in UTC
/// sorts and compares like the instant itself, and stays readable in a database browser. Any offset is normalised
/// to UTC on the way in, so the value read back is the same instant with offset zero.
/// </summary>
public sealed class UtcInstantToTextConverter() : ValueConverter<DateTimeOffset, string>(
    instant => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture),
    text => new DateTimeOffset(DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero))
{
    public const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'";
}
