namespace PrimaWeb.Workflows.Domain.Calculations;

/// <summary>
/// Raised before any computation when the input of a calculation is invalid: unknown category, negative amount,
/// period end before start, a date with no reference data in force. Lists every invalid field at once.
/// </summary>
public sealed class InvalidCalculationInputException : Exception
{
    public InvalidCalculationInputException()
        : this([])
    {
    }

    public InvalidCalculationInputException(string message)
        : base(message)
    {
        Errors = [];
    }

    public InvalidCalculationInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public InvalidCalculationInputException(IReadOnlyList<CalculationInputError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<CalculationInputError> Errors { get; }

    private static string Describe(IReadOnlyList<CalculationInputError> errors) =>
        errors.Count == 0
            ? "The calculation input is invalid."
            : "The calculation input is invalid: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"));
}
