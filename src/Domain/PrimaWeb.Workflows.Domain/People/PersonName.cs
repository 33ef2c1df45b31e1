using System.Globalization;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.People;

/// <summary>
/// A name as the National Register writes it: the last name, the first names and, when given, a middle name; each
/// checked by <see cref="Validate"/>. The registers' answers carry it as it is (see the gateway's JSON contract).
/// </summary>
public sealed record PersonName
{
    public const int MaxLength = 100;

    public PersonName(string lastName, string firstName, string? middleName = null)
    {
        LastName = Validate(lastName, nameof(LastName), "last name");
        FirstName = Validate(firstName, nameof(FirstName), "first name");
        MiddleName = string.IsNullOrWhiteSpace(middleName) ? null : Validate(middleName, nameof(MiddleName), "middle name");
    }

    public string LastName { get; }

    public string FirstName { get; }

    public string? MiddleName { get; }

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

    public override string ToString() => $"{LastName}, {FirstName}";
}
