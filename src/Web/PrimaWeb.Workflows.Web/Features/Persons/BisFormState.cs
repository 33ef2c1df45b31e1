using System.Globalization;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>
/// The BIS creation form's values and checks: as the user types (a touched field) and on submit (every field), with
/// the API's rules (<see cref="BisRequestReader"/>) said in the user's language. The API checks again on the server.
/// Field names are the API's JSON names, so a server refusal lands on the field it names.
/// </summary>
public sealed class BisFormState(IStringLocalizer<UiText> t)
{
    public const string LastName = "lastName";
    public const string FirstName = "firstName";
    public const string BirthDate = "birthDate";
    public const string Gender = "gender";
    public const string NationalityCode = "nationalityCode";
    public const string Nationality = "nationality";
    public const string BirthPlace = "birthPlace";
    public const string Street = "street";
    public const string HouseNumber = "houseNumber";
    public const string Box = "box";
    public const string PostalCode = "postalCode";
    public const string Municipality = "municipality";
    public const string Language = "language";

    private static readonly string[] Fields =
        [LastName, FirstName, BirthDate, Gender, NationalityCode, Nationality, BirthPlace, Street, HouseNumber, Box, PostalCode, Municipality, Language];

    private static readonly string[] AddressLines = [Street, HouseNumber, PostalCode, Municipality];

    private readonly Dictionary<string, string?> _values = [];
    private readonly HashSet<string> _touched = [];
    private bool _submitted;

    public string? Value(string field) => _values.GetValueOrDefault(field);

    public void Set(string field, string? value)
    {
        _values[field] = string.IsNullOrWhiteSpace(value) ? null : value;
        _touched.Add(field);
    }

    /// <summary>The field's label: <c>Bis_&lt;field&gt;</c>, with a star when required.</summary>
    public string Label(string field)
    {
        var label = t[$"Bis_{field}"];
        var name = label.ResourceNotFound ? field : label.Value;
        return IsRequired(field) ? $"{name} *" : name;
    }

    /// <summary>The message to show under the field now: nothing for a field not touched yet before submit.</summary>
    public string? ErrorShown(string field) => _submitted || _touched.Contains(field) || (AddressLines.Contains(field) && HasAddress) ? ErrorOf(field) : null;

    /// <summary>Checks every field; true when the request can be sent.</summary>
    public bool Submit()
    {
        _submitted = true;
        return Fields.All(field => ErrorOf(field) is null);
    }

    public CreateBisRequestDto ToRequest() => new(
        Value(LastName)?.Trim(),
        Value(FirstName)?.Trim(),
        BirthDateText.ToRegister(Value(BirthDate)),
        Value(Gender),
        int.TryParse(Value(NationalityCode), NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : null,
        Value(Nationality)?.Trim().ToUpperInvariant(),
        Value(BirthPlace)?.Trim(),
        HasAddress ? new AddressDto(Value(Street)!.Trim(), Value(HouseNumber)!.Trim(), Value(Box)?.Trim(), Value(PostalCode)!.Trim(), Value(Municipality)!.Trim()) : null,
        Value(Language));

    private bool HasAddress => AddressLines.Append(Box).Any(line => Value(line) is not null);

    private static bool IsRequired(string field) => field is LastName or FirstName or BirthDate or Gender or NationalityCode;

    private string? ErrorOf(string field)
    {
        var value = Value(field)?.Trim();
        if (value is null)
        {
            return IsRequired(field) || (AddressLines.Contains(field) && HasAddress) ? t["Form_Required", Name(field)].Value : null;
        }

        return field switch
        {
            LastName or FirstName when value.Length > PersonName.MaxLength => t["Form_MaxLength", Name(field), PersonName.MaxLength].Value,
            LastName or FirstName when !value.All(IsNameCharacter) => t["NameCharacters", Name(field)].Value,
            BirthDate when BirthDateText.ToRegister(value) is null => t["BirthDateInvalid"].Value,
            NationalityCode when !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code is < 1 or > 999 => t["NationalityCodeInvalid"].Value,
            Nationality when value.Length != 2 || !value.All(char.IsAsciiLetter) => t["CountryCodeInvalid"].Value,
            PostalCode when value.Length != 4 || !value.All(char.IsAsciiDigit) || value[0] == '0' => t["PostalCodeInvalid"].Value,
            _ => null,
        };
    }

    private string Name(string field) => t[$"Bis_{field}"];

    // The domain's rule for a registered name (PersonName): letters of any alphabet, accents, space - ' ’ and dots.
    private static bool IsNameCharacter(char c) =>
        char.IsLetter(c)
        || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        || c is ' ' or '-' or '\'' or '’' or '.';
}
