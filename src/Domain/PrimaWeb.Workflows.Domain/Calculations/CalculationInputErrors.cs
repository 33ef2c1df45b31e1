namespace PrimaWeb.Workflows.Domain.Calculations;

/// <summary>Collects input errors while a calculation validates its request, then throws them together.</summary>
internal sealed class CalculationInputErrors
{
    private readonly List<CalculationInputError> errors = [];

    public bool Any => errors.Count > 0;

    public void Add(string field, string message) => errors.Add(new CalculationInputError(field, message));

    public void NotNegative(string field, decimal value)
    {
        if (value < 0)
        {
            Add(field, $"must not be negative (got {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}).");
        }
    }

    public void Defined<TEnum>(string field, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Add(field, $"unknown value '{value}'; expected one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
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
