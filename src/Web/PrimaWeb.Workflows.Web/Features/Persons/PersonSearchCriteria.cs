using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Identification;

namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>The query of a phonetic search, read and checked field by field.</summary>
public sealed record PersonSearchCriteria(string LastName, string? FirstName, IncompleteDate BirthDate, int Tolerance)
{
    public const int MaximumTolerance = 10;

    public static PersonSearchCriteria? Read(string? lastName, string? firstName, string? birthDate, int? tolerance, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if (string.IsNullOrWhiteSpace(lastName))
        {
            errors["lastName"] = ["The last name is required."];
        }

        if (string.IsNullOrWhiteSpace(birthDate))
        {
            errors["birthDate"] = ["The birth date is required (yyyy-MM-dd, or yyyy-MM-00 / yyyy-00-00 when partly unknown)."];
        }
        else if (!IncompleteDate.TryParse(birthDate, out _))
        {
            errors["birthDate"] = [$"'{birthDate}' is not a birth date: write yyyy-MM-dd, or yyyy-MM-00 / yyyy-00-00 when partly unknown."];
        }

        if (tolerance is < 0 or > MaximumTolerance)
        {
            errors["tolerance"] = [$"The tolerance must be between 0 and {MaximumTolerance}."];
        }

        if (errors.Count > 0)
        {
            return null;
        }

        _ = IncompleteDate.TryParse(birthDate, out var birth);

        // A partly unknown date needs a tolerance at the registers; none given means "that month / that year".
        return new PersonSearchCriteria(lastName!.Trim(), string.IsNullOrWhiteSpace(firstName) ? null : firstName.Trim(), birth, tolerance ?? 0);
    }

    /// <summary>
    /// The birth days the criteria cover, as the registers read them: a complete date within the tolerance in days,
    /// <c>yyyy-MM-00</c> that month within the tolerance in months, <c>yyyy-00-00</c> that year within it in years.
    /// </summary>
    public (DateOnly From, DateOnly Until) BirthRange()
    {
        if (BirthDate.IsComplete)
        {
            var day = BirthDate.ToDateOrFirst();
            return (day.AddDays(-Tolerance), day.AddDays(Tolerance));
        }

        if (BirthDate.Month != 0)
        {
            var month = new DateOnly(BirthDate.Year, BirthDate.Month, 1);
            return (month.AddMonths(-Tolerance), month.AddMonths(Tolerance + 1).AddDays(-1));
        }

        return (new DateOnly(BirthDate.Year - Tolerance, 1, 1), new DateOnly(BirthDate.Year + Tolerance, 12, 31));
    }

    public PhoneticCriteria ToPhoneticCriteria() =>
        new(LastName, BirthDate.ToString(), FirstName, Tolerance: Tolerance, Maximum: PhoneticCriteria.MaximumResults);
}
