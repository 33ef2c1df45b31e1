using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Identification;

namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>Reads a BIS creation request: every refused field is named, in the JSON spelling, before any call.</summary>
internal static class BisRequestReader
{
    public static CreateKszCitizenRequest? Read(CreateBisRequestDto body, out Dictionary<string, string[]> errors)
    {
        errors = [];
        Check(errors, "lastName", () => PersonName.Validate(body.LastName, "lastName", "last name"));
        Check(errors, "firstName", () => PersonName.Validate(body.FirstName, "firstName", "first name"));
        if (!IncompleteDate.TryParse(body.BirthDate, out _))
        {
            errors["birthDate"] = ["The birth date is required: yyyy-MM-dd, with 00 for an unknown month or day."];
        }

        if (!Enum.TryParse<Gender>(body.Gender, ignoreCase: true, out var gender) || !Enum.IsDefined(gender))
        {
            errors["gender"] = ["The gender is Male, Female or Unknown."];
        }

        if (body.NationalityCode is not (> 0 and < 1000))
        {
            errors["nationalityCode"] = ["The National Register's nationality code (e.g. 150 for Belgian) is required."];
        }

        if (body.Nationality is { Length: > 0 } nationality)
        {
            Check(errors, "nationality", () => CountryCodes.Validate(nationality, "nationality", "nationality"));
        }

        if (body.Address is { } address)
        {
            Check(errors, "address", () => ToAddress(address));
        }

        if (body.Language is { Length: > 0 } && Language(body) is null)
        {
            errors["language"] = ["The language is Fr or Nl."];
        }

        if (errors.Count > 0)
        {
            return null;
        }

        return new CreateKszCitizenRequest(
            new PersonName(body.LastName!, body.FirstName!), body.BirthDate!, gender, body.NationalityCode!.Value, body.BirthPlace,
            body.Address is { } a ? ToAddress(a) : null);
    }

    public static Language? Language(CreateBisRequestDto body) =>
        Enum.TryParse<Language>(body.Language, ignoreCase: true, out var language) && Enum.IsDefined(language) ? language : null;

    /// <summary>The person the CPAS keeps under the BIS number the register gave.</summary>
    public static Person ToPerson(CreateBisRequestDto body, string tenantId, Niss bis, Language language)
    {
        _ = IncompleteDate.TryParse(body.BirthDate, out var birth);
        return new Person(
            tenantId,
            bis,
            body.LastName!,
            body.FirstName!,
            birth.IsComplete ? new DateOnly(birth.Year, birth.Month, birth.Day) : null,
            Enum.Parse<Gender>(body.Gender!, ignoreCase: true),
            body.Nationality ?? (body.NationalityCode == PersonMapping.BelgianNationalityCode ? "BE" : null),
            body.Address is { } a ? ToAddress(a) : null,
            language);
    }

    private static Address ToAddress(AddressDto a) =>
        new(a.Street, a.HouseNumber, a.Box, a.PostalCode, a.Municipality, a.CountryCode ?? "BE");

    private static void Check(Dictionary<string, string[]> errors, string field, Action validate)
    {
        try
        {
            validate();
        }
        catch (DomainValidationException refusal)
        {
            errors[field] = [refusal.Message];
        }
    }
}
