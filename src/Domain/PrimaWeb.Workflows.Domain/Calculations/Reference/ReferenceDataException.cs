namespace PrimaWeb.Workflows.Domain.Calculations.Reference;

/// <summary>Raised when reference data is not valid; <see cref="Errors"/> lists every problem found, not just the first.</summary>
public sealed class ReferenceDataException : Exception
{
    public ReferenceDataException()
        : this([])
    {
    }

    public ReferenceDataException(string message)
        : base(message)
    {
        Errors = [];
    }

    public ReferenceDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public ReferenceDataException(IReadOnlyList<ReferenceDataError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<ReferenceDataError> Errors { get; }

    private static string Describe(IReadOnlyList<ReferenceDataError> errors) =>
        errors.Count == 0
            ? "The reference data is invalid."
            : "The reference data is invalid:" + Environment.NewLine
                + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
