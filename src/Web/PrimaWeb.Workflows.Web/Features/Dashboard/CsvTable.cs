using System.Globalization;
using System.Text;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Web.Features.Dashboard;

/// <summary>
/// A list as a CSV file the way Belgian spreadsheet users open it with a double click: UTF-8 with a byte order mark (or
/// accents break), <c>;</c> between cells (the comma is the decimal sign), dates dd/MM/yyyy, instants in Belgian local
/// time, amounts with a decimal comma, lines ended by CRLF. The one writer of every exported list.
/// </summary>
public sealed class CsvTable
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);
    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = string.Empty };

    private readonly StringBuilder _text = new();
    private readonly int _columns;

    public CsvTable(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        _columns = headers.Count;
        Line(headers.Select(header => Cell(header)));
    }

    public int Rows { get; private set; }

    /// <summary>Adds a row: one value per header, each written by <see cref="Cell"/>.</summary>
    public CsvTable Add(params object?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _columns)
        {
            throw new ArgumentException($"A row has {_columns} cells, one per header; this one has {cells.Length}.", nameof(cells));
        }

        Line(cells.Select(Cell));
        Rows++;
        return this;
    }

    /// <summary>The file's bytes, byte order mark first.</summary>
    public byte[] ToBytes() => [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(_text.ToString())];

    /// <summary>A file download named <paramref name="name"/>.csv.</summary>
    public IResult ToResult(string name) => Results.File(ToBytes(), ContentType, $"{name}.csv");

    /// <summary>A value as a cell: quoted when it holds the separator, a quote or a line break (quotes doubled).</summary>
    public static string Cell(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            DateOnly day => LegalDate.Format(day),
            DateTimeOffset instant => LegalClock.LocalTime(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
            decimal amount => amount.ToString(DecimalComma),
            double number => number.ToString("0.##", DecimalComma),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        return text.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    private void Line(IEnumerable<string> cells) => _text.Append(string.Join(';', cells)).Append("\r\n");
}
