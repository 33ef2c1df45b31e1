using System.Globalization;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.People;

/// <summary>Validation of last and first names as the National Register writes them.</summary>
public static class PersonName
{
    public const int MaxLength = 100;

    /// <summary>
    /// Trims and checks a name: letters of any alphabet, combining accents, spaces, hyphens, apostrophes and dots.
    /// Digits and other symbols are refused because they are typing mistakes, never part of a registered name.
    /// </summary>
    public static string Validate(string? name, string field, string label)
    {
        var trimmed = Guard.RequiredText(name, field, label, MaxLength);
        foreach (var c in trimmed)
        {
            var category = char.GetUnicodeCategory(c);
            var allowed = char.IsLetter(c)
                || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                || c is ' ' or '-' or '\'' or '’' or '.';
            if (!allowed)
            {
                throw new DomainValidationException(
                    field, RuleCodes.NameCharacters, $"The {label} '{trimmed}' contains '{c}'; only letters, spaces, hyphens, apostrophes and dots are allowed.", trimmed, c.ToString());
            }
        }

        return trimmed;
    }
}
