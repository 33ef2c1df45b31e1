using PrimaWeb.Workflows.Domain.Calculations.Reference;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.Calculations;

/// <summary>Collects input errors while a calculation validates its request, then throws them together.</summary>
internal sealed class CalculationInputErrors
{
    private readonly List<CalculationInputError> errors = [];

    public bool Any => errors.Count > 0;

    public void Add(string field, string code, string message, params object[] arguments) =>
        errors.Add(new CalculationInputError(field, code, arguments, message));

    public void Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, RuleCodes.Required, "is required.");
        }
    }

    /// <summary>No row of <paramref name="table"/> is in force on <paramref name="date"/>: the analyst must add one.</summary>
    public void NoReferenceData(string field, ReferenceTable table, DateOnly date) =>
        Add(field, RuleCodes.NoReferenceData, $"no reference data '{table.Id}' is in force on {ReferenceTable.Format(date)}{table.CoverageText()}.", date);

    public void NotNegative(string field, decimal value)
    {
        if (value < 0)
        {
            Add(field, RuleCodes.NegativeAmount, $"must not be negative (got {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}).");
        }
    }

    public void Defined<TEnum>(string field, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Add(field, RuleCodes.UnknownValue, $"unknown value '{value}'; expected one of {string.Join(", ", Enum.GetNames<TEnum>())}.", value.ToString());
        }
    }

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new InvalidCalculationInputException(errors.ToList());
        }
    }
}
