using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Identification;

namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>The query of a phonetic search, read and checked field by field.</summary>
public sealed record PersonSearchCriteria(string LastName, string? FirstName, IncompleteDate BirthDate, int Tolerance)
{
    public const int MaximumTolerance = 10;

    /// <summary>The criteria, or null with the broken rules as data (field, code, arguments) in <paramref name="refusals"/>.</summary>
    public static PersonSearchCriteria? Read(string? lastName, string? firstName, string? birthDate, int? tolerance, out List<Refusal> refusals)
    {
        refusals = [];
        if (string.IsNullOrWhiteSpace(lastName))
        {
            refusals.Add(new Refusal("lastName", FormErrorCodes.Required, "The last name is required."));
        }

        if (string.IsNullOrWhiteSpace(birthDate))
        {
            refusals.Add(new Refusal("birthDate", FormErrorCodes.Required, "The birth date is required (yyyy-MM-dd, or yyyy-MM-00 / yyyy-00-00 when partly unknown)."));
        }
        else if (!IncompleteDate.TryParse(birthDate, out _))
        {
            refusals.Add(new Refusal(
                "birthDate", RuleCodes.BirthDateFormat, $"'{birthDate}' is not a birth date: write yyyy-MM-dd, or yyyy-MM-00 / yyyy-00-00 when partly unknown.", birthDate));
        }

        if (tolerance is < 0)
        {
            refusals.Add(new Refusal("tolerance", FormErrorCodes.Min, "The tolerance is at least 0.", 0));
        }
        else if (tolerance is > MaximumTolerance)
        {
            refusals.Add(new Refusal("tolerance", FormErrorCodes.Max, $"The tolerance is at most {MaximumTolerance}.", MaximumTolerance));
        }

        if (refusals.Count > 0)
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
