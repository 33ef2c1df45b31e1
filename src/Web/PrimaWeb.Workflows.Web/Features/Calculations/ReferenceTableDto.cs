using PrimaWeb.Workflows.Domain.Calculations.Reference;

namespace PrimaWeb.Workflows.Web.Features.Calculations;

/// <summary>One reference table as the API and the reference data page show it.</summary>
public sealed record ReferenceTableDto(string Id, string File, string? Description, IReadOnlyList<ReferenceRowDto> Rows)
{
    /// <summary>Every table (only its unverified rows when <paramref name="unverifiedOnly"/>), in file then table order.</summary>
    public static List<ReferenceTableDto> From(ReferenceDataSet set, bool unverifiedOnly)
    {
        ArgumentNullException.ThrowIfNull(set);
        return [.. set.Tables
            .Select(table => new ReferenceTableDto(
                table.Id, table.File, table.Description,
                [.. table.Rows.Where(row => !unverifiedOnly || row.Unverified).Select(ReferenceRowDto.Of)]))
            .Where(table => table.Rows.Count > 0)];
    }
}

/// <summary>A dated row: its values (amounts as numbers, words as text), source, and whether it is unverified and why.</summary>
public sealed record ReferenceRowDto(
    DateOnly From, DateOnly? Until, IReadOnlyDictionary<string, object> Values, string Source, bool Unverified, string? Note)
{
    public static ReferenceRowDto Of(ReferenceRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var values = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, amount) in row.Amounts)
        {
            values[name] = amount;
        }

        foreach (var (name, word) in row.Choices)
        {
            values[name] = word;
        }

        return new ReferenceRowDto(row.From, row.Until, values, row.Source, row.Unverified, row.Note);
    }
}
