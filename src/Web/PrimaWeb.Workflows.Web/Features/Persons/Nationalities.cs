using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>
/// The registers' nationality codes read as ISO nationalities, with the reference table form A uses the other way
/// (<c>loi65.nationalityCodes</c>): a code the table lacks leaves the nationality unknown rather than guessed.
/// </summary>
public sealed class Nationalities(CalculationReferenceData reference, TimeProvider clock)
{
    public string? Of(int registerCode) => reference.Loi65.NationalityOf(registerCode, LegalClock.Today(clock));
}
