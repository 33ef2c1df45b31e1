namespace PrimaWeb.Workflows.Domain.Identity;

/// <summary>Raised by <see cref="Niss.Parse(string)"/> with the reason the text was refused.</summary>
public sealed class InvalidNissException(NissError error, string message) : FormatException(message)
{
    public NissError Error { get; } = error;
}
