using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.People;

/// <summary>ISO 3166-1 alpha-2 codes, used for nationality and for the country of an address.</summary>
public static class CountryCodes
{
    /// <summary>Upper-cases and checks the shape (two ASCII letters); the list of countries itself is reference data.</summary>
    public static string Validate(string? code, string field, string label)
    {
        var trimmed = code?.Trim().ToUpperInvariant();
        if (trimmed is null || trimmed.Length != 2 || !trimmed.All(char.IsAsciiLetterUpper))
        {
            throw new DomainValidationException(
                field, RuleCodes.CountryCode, $"The {label} '{code}' must be a two-letter ISO 3166 code such as BE, FR or NL.", code ?? string.Empty);
        }

        return trimmed;
    }
}
