namespace PrimaWeb.Workflows.Domain.Calculations.Reference;

/// <summary>
/// Checks that the tables a calculation needs exist and that every row has the values it reads, so that a missing
/// or misspelt field is reported when the data is loaded, not in the middle of a calculation.
/// </summary>
internal sealed class ReferenceRequirements(ReferenceDataSet set)
{
    private readonly List<ReferenceDataError> errors = [];

    public ReferenceTable? Table(string id, IEnumerable<string>? amounts = null, IReadOnlyDictionary<string, Type>? choices = null)
    {
        if (!set.Contains(id))
        {
            errors.Add(new ReferenceDataError("(reference data)", id, null, null, "the table is missing."));
            return null;
        }

        var table = set.Table(id);
        foreach (var row in table.Rows)
        {
            foreach (var field in amounts ?? [])
            {
                if (!row.HasAmount(field))
                {
                    errors.Add(row.Error(field, "an amount is required."));
                }
            }

            foreach (var (field, enumType) in choices ?? new Dictionary<string, Type>())
            {
                if (!row.HasChoice(field))
                {
                    errors.Add(row.Error(field, "a choice is required."));
                }
                else if (!Enum.GetNames(enumType).Any(n => string.Equals(n, row.Choice(field), StringComparison.OrdinalIgnoreCase)))
                {
                    errors.Add(row.Error(field, $"'{row.Choice(field)}' is not one of {string.Join(", ", Enum.GetNames(enumType).Select(ReferenceRow.ToCamelCase))}."));
                }
            }
        }

        return table;
    }

    public void Check(ReferenceTable? table, Func<ReferenceRow, string?> rule, string field)
    {
        if (table is null)
        {
            return;
        }

        foreach (var row in table.Rows)
        {
            if (rule(row) is { } message)
            {
                errors.Add(row.Error(field, message));
            }
        }
    }

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw new ReferenceDataException(errors.ToList());
        }
    }
}
