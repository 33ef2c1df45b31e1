using System.Globalization;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.Web.Localization;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>
/// The values of the registers' answers in the user's language: the registers' codes (<c>MARRIED</c>, <c>ALLOCATAIRE</c>,
/// <c>FULL_UNEMPLOYMENT</c> …) by the texts <c>Code_&lt;code&gt;</c>, periods, months, percentages, yes and no. A code
/// without a text is shown as the registers wrote it (the resources test lists every code the simulator answers).
/// </summary>
public readonly struct ConsultationWords(IStringLocalizer<UiText> text)
{
    public string Code(string code) => text[$"Code_{code}"] is { ResourceNotFound: false } found ? found.Value : code;

    public string Period(Period period) => period.EndDate is { } end
        ? text["Card_FromTo", BelgianFormats.Date(period.StartDate), BelgianFormats.Date(end)]
        : text["Card_Since", BelgianFormats.Date(period.StartDate)];

    public string YesNo(bool value) => value ? text["Yes"] : text["No"];

    public string Percent(decimal value) => string.Create(CultureInfo.CurrentCulture, $"{value:0.##} %");

    public string Month(int year, int month) => new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.CurrentCulture);

    public string Gender(Gender gender) => text[$"Bis_gender_{gender}"];

    public string Nationality(int code) => code == 150 ? text["Card_Belgian"] : text["Card_NationalityCode", code];

    public string BirthDate(string birthDate) =>
        IncompleteDate.TryParse(birthDate, out var date) && date.IsComplete
            ? BelgianFormats.Date(new DateOnly(date.Year, date.Month, date.Day))
            : IncompleteDate.TryParse(birthDate, out var partial) && partial.Month > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{partial.Month:00}/{partial.Year}")
                : IncompleteDate.TryParse(birthDate, out var year) ? year.Year.ToString(CultureInfo.InvariantCulture) : birthDate;

    public string Address(Address address) =>
        $"{address.Street} {address.HouseNumber}{(address.Box is null ? "" : $" {text["Box"]} {address.Box}")}, {address.PostalCode} {address.Municipality}";

    /// <summary>A National Register information type (transaction 25) by its code: <c>IT001</c> → "Résidence principale".</summary>
    public string InformationType(string code) => text[$"InfoType_{code}"] is { ResourceNotFound: false } found ? found.Value : code;

    /// <summary>One value of an information type: a NISS key (the household) with its position, else the field and its value.</summary>
    public string InformationValue(string key, string value) =>
        Niss.TryParse(key, out var niss)
            ? $"{niss.Formatted} : {Code(value)}"
            : $"{(text[$"InfoField_{key}"] is { ResourceNotFound: false } field ? field.Value : key)} : {Code(value)}";
}
