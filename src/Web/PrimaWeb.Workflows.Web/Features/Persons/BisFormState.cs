using System.Globalization;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>
/// The BIS creation form's values and checks: as the user types (a touched field) and on submit (every field), by the
/// API's own rules (<see cref="BisRules"/>) worded in the user's language. The API checks again on the server. Field
/// names are the API's JSON names (an address line without its <c>address.</c>), so a server refusal lands on its field.
/// <paramref name="today"/> is the legal day, as the API reads it.
/// </summary>
public sealed class BisFormState(IStringLocalizer<UiText> t, DateOnly today)
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
        HasAddress ? new AddressDto(Line(Street), Line(HouseNumber), Value(Box)?.Trim(), Line(PostalCode), Line(Municipality)) : null,
        Value(Language));

    private bool HasAddress => AddressLines.Append(Box).Any(line => Value(line) is not null);

    private static bool IsRequired(string field) => field is LastName or FirstName or BirthDate or Gender or NationalityCode;

    private string Line(string field) => Value(field)?.Trim() ?? string.Empty;

    private string? ErrorOf(string field)
    {
        // What the form reads from typed text before the rules see it: a birth date as written on a form, a number.
        var typed = Value(field)?.Trim();
        if (field == BirthDate && typed is not null && BirthDateText.ToRegister(typed) is null)
        {
            return t["BirthDateInvalid"].Value;
        }

        if (field == NationalityCode && typed is not null && !int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return RuleTexts.Describe(t, new Refusal(field, RuleCodes.NationalityCode, "Not a nationality code.", typed));
        }

        var refusal = BisRules.Check(ToRequest(), today).FirstOrDefault(r => string.Equals(FormField(r.Field), field, StringComparison.Ordinal));
        return refusal is null ? null : RuleTexts.Describe(t, refusal);
    }

    /// <summary>The form's field of an API field: an address line is named without its <c>address.</c>.</summary>
    private static string FormField(string apiField) => apiField.StartsWith("address.", StringComparison.Ordinal) ? apiField["address.".Length..] : apiField;
}
