using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.Web.Features.Shared;

namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>
/// The rules of a BIS creation request, written once for the API (<see cref="BisRequestReader"/>) and the form
/// (<see cref="BisFormState"/>): the domain's rules for names, country codes and addresses, and the register's for the
/// rest. Each broken rule names its field in the API's spelling (<c>address.postalCode</c> for an address line).
/// </summary>
public static class BisRules
{
    public const int MaxNationalityCode = 999;

    /// <summary>Every broken rule of <paramref name="body"/>; <paramref name="today"/> is the legal day a birth date may not pass.</summary>
    public static IReadOnlyList<Refusal> Check(CreateBisRequestDto body, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(body);
        var refusals = new List<Refusal>();
        Collect(refusals, () => Domain.People.PersonName.Validate(body.LastName, "lastName", "last name"));
        Collect(refusals, () => Domain.People.PersonName.Validate(body.FirstName, "firstName", "first name"));
        if (string.IsNullOrWhiteSpace(body.BirthDate))
        {
            refusals.Add(new Refusal("birthDate", FormErrorCodes.Required, "The birth date is required."));
        }
        else if (!IncompleteDate.TryParse(body.BirthDate, out var birth))
        {
            refusals.Add(new Refusal("birthDate", RuleCodes.BirthDateFormat, "The birth date is yyyy-MM-dd, with 00 for an unknown month or day.", body.BirthDate));
        }
        else
        {
            Collect(refusals, () => Domain.People.BirthDates.Validate(birth.ToDateOrFirst(), today, "birthDate"));
        }

        if (string.IsNullOrWhiteSpace(body.Gender))
        {
            refusals.Add(new Refusal("gender", FormErrorCodes.Required, "The gender is required."));
        }
        else if (Gender(body) is null)
        {
            refusals.Add(new Refusal("gender", FormErrorCodes.Choice, "The gender is Male, Female or Unknown."));
        }

        if (body.NationalityCode is null)
        {
            refusals.Add(new Refusal("nationalityCode", FormErrorCodes.Required, "The National Register's nationality code (e.g. 150 for Belgian) is required."));
        }
        else if (body.NationalityCode is < 1 or > MaxNationalityCode)
        {
            refusals.Add(new Refusal("nationalityCode", RuleCodes.NationalityCode, "The National Register's nationality code is a number from 1 to 999 (150 for Belgian).", body.NationalityCode));
        }

        if (!string.IsNullOrWhiteSpace(body.Nationality))
        {
            Collect(refusals, () => Domain.People.CountryCodes.Validate(body.Nationality, "nationality", "nationality"));
        }

        if (body.Address is { } address)
        {
            foreach (var problem in Domain.People.Address.Check(address.Street, address.HouseNumber, address.Box, address.PostalCode, address.Municipality, address.CountryCode ?? "BE"))
            {
                refusals.Add(ApiProblems.ToRefusal(problem).Under("address"));
            }
        }

        if (!string.IsNullOrWhiteSpace(body.Language) && Language(body) is null)
        {
            refusals.Add(new Refusal("language", FormErrorCodes.Choice, "The language is Fr or Nl."));
        }

        return refusals;
    }

    public static Domain.Common.Language? Language(CreateBisRequestDto body) =>
        Enum.TryParse<Domain.Common.Language>(body?.Language, ignoreCase: true, out var language) && Enum.IsDefined(language) && !int.TryParse(body!.Language, out _) ? language : null;

    public static Domain.Identity.Gender? Gender(CreateBisRequestDto body) =>
        Enum.TryParse<Domain.Identity.Gender>(body?.Gender, ignoreCase: true, out var gender) && Enum.IsDefined(gender) && !int.TryParse(body!.Gender, out _) ? gender : null;

    private static void Collect(List<Refusal> refusals, Action validate)
    {
        try
        {
            validate();
        }
        catch (DomainValidationException refusal)
        {
            refusals.Add(ApiProblems.ToRefusal(refusal));
        }
    }
}
