using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>How the persons screens write a NISS, a person's address and where the person comes from.</summary>
public static class PersonTexts
{
    /// <summary>Why <paramref name="text"/> is not a NISS, in the user's language (the domain's <see cref="NissError"/>), or null.</summary>
    public static string? NissProblem(string? text, IStringLocalizer<UiText> t)
    {
        if (Niss.TryParse(text, out _, out var error, out _))
        {
            return null;
        }

        var reason = t[$"NissError_{error}"];
        return reason.ResourceNotFound ? t["NissError_Invalid"] : reason;
    }

    /// <summary><c>85.07.30-033.28</c>; a text that is not a NISS is shown as it is.</summary>
    public static string FormattedNiss(string niss) => Niss.TryParse(niss, out var number) ? number.Formatted : niss;

    public static string Address(AddressDto? address, IStringLocalizer<UiText> t) => address is null
        ? t["NoAddress"]
        : $"{address.Street} {address.HouseNumber}{(address.Box is null ? "" : $" {t["Box"]} {address.Box}")}, {address.PostalCode} {address.Municipality}"
            + (address.CountryCode is null or "BE" ? "" : $" ({address.CountryCode})");

    /// <summary>"Known to this CPAS", "National Register" or "BIS register"; an unknown source keeps its name.</summary>
    public static string Source(string source, IStringLocalizer<UiText> t)
    {
        var name = t[$"PersonSource_{source}"];
        return name.ResourceNotFound ? source : name;
    }
}
