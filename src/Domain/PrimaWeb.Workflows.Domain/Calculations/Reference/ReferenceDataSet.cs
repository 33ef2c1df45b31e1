using System.Globalization;
using System.Text.Json;

namespace PrimaWeb.Workflows.Domain.Calculations.Reference;

/// <summary>
/// All reference tables read from one or more JSON documents (format in definitions/reference/README.md).
/// <see cref="Parse"/> validates every document and throws one <see cref="ReferenceDataException"/> listing all
/// problems: bad JSON, a row without date or source, a negative amount, rows out of order, a gap or an overlap,
/// a table defined twice.
/// </summary>
public sealed class ReferenceDataSet
{
    public const string Format = "primaweb-reference/1";

    private readonly Dictionary<string, ReferenceTable> tables;

    private ReferenceDataSet(Dictionary<string, ReferenceTable> tables) => this.tables = tables;

    public IReadOnlyCollection<ReferenceTable> Tables => tables.Values;

    public static ReferenceDataSet Parse(IEnumerable<ReferenceDataSource> sources)
    {
        var errors = new List<ReferenceDataError>();
        var tables = new Dictionary<string, ReferenceTable>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var table in ParseDocument(source, errors))
            {
                if (tables.TryGetValue(table.Id, out var existing))
                {
                    errors.Add(new ReferenceDataError(
                        source.Name, table.Id, null, null, $"the table is already defined in {existing.File}."));
                }
                else
                {
                    tables.Add(table.Id, table);
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new ReferenceDataException(errors);
        }

        return new ReferenceDataSet(tables);
    }

    public bool Contains(string tableId) => tables.ContainsKey(tableId);

    public ReferenceTable Table(string tableId) =>
        tables.TryGetValue(tableId, out var table)
            ? table
            : throw new ReferenceDataException(
                [new ReferenceDataError("(reference data)", tableId, null, null, "the table is missing.")]);

    private static List<ReferenceTable> ParseDocument(ReferenceDataSource source, List<ReferenceDataError> errors)
    {
        var result = new List<ReferenceTable>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(source.Content, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            errors.Add(new ReferenceDataError(source.Name, null, null, null, $"not valid JSON: {ex.Message}"));
            return result;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new ReferenceDataError(source.Name, null, null, null, "the document must be a JSON object."));
                return result;
            }

            if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format)
            {
                errors.Add(new ReferenceDataError(source.Name, null, null, "format", $"must be \"{Format}\"."));
            }

            if (!root.TryGetProperty("tables", out var tablesElement) || tablesElement.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new ReferenceDataError(source.Name, null, null, "tables", "an array of tables is required."));
                return result;
            }

            var position = 0;
            foreach (var tableElement in tablesElement.EnumerateArray())
            {
                position++;
                var table = ParseTable(source.Name, position, tableElement, errors);
                if (table is not null)
                {
                    result.Add(table);
                }
            }
        }

        return result;
    }

    private static ReferenceTable? ParseTable(string file, int position, JsonElement element, List<ReferenceDataError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("id", out var idElement)
            || idElement.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(idElement.GetString()))
        {
            errors.Add(new ReferenceDataError(file, $"#{position}", null, "id", "each table needs a non-empty string id."));
            return null;
        }

        var id = idElement.GetString()!;
        var description = element.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        if (!element.TryGetProperty("rows", out var rowsElement) || rowsElement.ValueKind != JsonValueKind.Array || rowsElement.GetArrayLength() == 0)
        {
            errors.Add(new ReferenceDataError(file, id, null, "rows", "a non-empty array of rows is required."));
            return null;
        }

        var rows = new List<ReferenceRow>();
        var errorCount = errors.Count;
        var number = 0;
        foreach (var rowElement in rowsElement.EnumerateArray())
        {
            number++;
            var row = ParseRow(file, id, number, rowElement, errors);
            if (row is not null)
            {
                rows.Add(row);
            }
        }

        if (errors.Count > errorCount)
        {
            return null;
        }

        LinkRows(rows, errors);
        return errors.Count > errorCount ? null : new ReferenceTable(id, file, description, rows);
    }

    private static ReferenceRow? ParseRow(string file, string table, int number, JsonElement element, List<ReferenceDataError> errors)
    {
        ReferenceDataError Error(string? field, string message) => new(file, table, number, field, message);

        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(Error(null, "a row must be a JSON object."));
            return null;
        }

        var before = errors.Count;
        var from = ReadDate(element, "from", required: true, Error, errors);
        var until = ReadDate(element, "until", required: false, Error, errors);
        if (from is not null && until is not null && until < from)
        {
            errors.Add(Error("until", $"{ReferenceTable.Format(until.Value)} is before from {ReferenceTable.Format(from.Value)}."));
        }

        string source = string.Empty;
        if (!element.TryGetProperty("source", out var sourceElement) || sourceElement.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(sourceElement.GetString()))
        {
            errors.Add(Error("source", "every row must cite its legal or documentary source."));
        }
        else
        {
            source = sourceElement.GetString()!;
        }

        var unverified = false;
        if (element.TryGetProperty("unverified", out var unverifiedElement))
        {
            if (unverifiedElement.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                unverified = unverifiedElement.GetBoolean();
            }
            else
            {
                errors.Add(Error("unverified", "must be true or false."));
            }
        }

        var note = element.TryGetProperty("note", out var noteElement) && noteElement.ValueKind == JsonValueKind.String ? noteElement.GetString() : null;

        var amounts = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var choices = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!element.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object)
        {
            errors.Add(Error("values", "an object of values is required."));
        }
        else
        {
            foreach (var value in values.EnumerateObject())
            {
                switch (value.Value.ValueKind)
                {
                    case JsonValueKind.Number when value.Value.TryGetDecimal(out var amount):
                        if (amount < 0)
                        {
                            errors.Add(Error(value.Name, $"must not be negative (got {amount.ToString(CultureInfo.InvariantCulture)})."));
                        }

                        amounts[value.Name] = amount;
                        break;
                    case JsonValueKind.String when !string.IsNullOrWhiteSpace(value.Value.GetString()):
                        choices[value.Name] = value.Value.GetString()!;
                        break;
                    default:
                        errors.Add(Error(value.Name, "must be a number (amount) or a non-empty string (choice)."));
                        break;
                }
            }
        }

        return errors.Count > before || from is null
            ? null
            : new ReferenceRow(file, table, number, from.Value, until, amounts, choices, source, unverified, note);
    }

    private static DateOnly? ReadDate(
        JsonElement element,
        string field,
        bool required,
        Func<string?, string, ReferenceDataError> error,
        List<ReferenceDataError> errors)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                errors.Add(error(field, "a date (yyyy-MM-dd) is required."));
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(error(field, $"'{value}' is not a date in the form yyyy-MM-dd."));
        return null;
    }

    private static void LinkRows(List<ReferenceRow> rows, List<ReferenceDataError> errors)
    {
        for (var i = 0; i < rows.Count - 1; i++)
        {
            var row = rows[i];
            var next = rows[i + 1];
            if (next.From <= row.From)
            {
                errors.Add(next.Error("from", next.From == row.From
                    ? $"overlaps row {row.Number}: both start on {ReferenceTable.Format(row.From)}."
                    : $"rows must be in date order: {ReferenceTable.Format(next.From)} comes after {ReferenceTable.Format(row.From)} of row {row.Number}."));
                continue;
            }

            var dayBefore = next.From.AddDays(-1);
            if (row.DeclaredUntil is { } until && until < dayBefore)
            {
                errors.Add(row.Error("until", $"gap: no row applies from {ReferenceTable.Format(until.AddDays(1))} to {ReferenceTable.Format(dayBefore)} (row {next.Number} starts on {ReferenceTable.Format(next.From)})."));
            }
            else if (row.DeclaredUntil is { } end && end > dayBefore)
            {
                errors.Add(row.Error("until", $"overlap: the row runs until {ReferenceTable.Format(end)} but row {next.Number} starts on {ReferenceTable.Format(next.From)}."));
            }

            row.Until = dayBefore;
        }
    }
}
