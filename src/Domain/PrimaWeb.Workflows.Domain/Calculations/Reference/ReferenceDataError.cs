namespace PrimaWeb.Workflows.Domain.Calculations.Reference;

/// <summary>
/// One problem found while loading reference data: the file, the table, the 1-based row number and the field where
/// it was found (each null when the problem is not tied to it), and what is wrong.
/// </summary>
public sealed record ReferenceDataError(string File, string? Table, int? Row, string? Field, string Message)
{
    public override string ToString()
    {
        var where = File;
        if (Table is not null)
        {
            where += $", table '{Table}'";
        }

        if (Row is not null)
        {
            where += $", row {Row}";
        }

        if (Field is not null)
        {
            where += $", field '{Field}'";
        }

        return $"{where}: {Message}";
    }
}
