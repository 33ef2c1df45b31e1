namespace PrimaWeb.Workflows.Domain.Identity;

/// <summary>Why a text is not a valid NISS.</summary>
public enum NissError
{
    Empty,
    InvalidCharacters,
    WrongLength,
    CheckDigitsMismatch,
    ImpossibleDate,
}
