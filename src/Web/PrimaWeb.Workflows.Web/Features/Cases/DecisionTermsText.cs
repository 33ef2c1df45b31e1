using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Web.Localization;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>A decision's or a proposal's terms in one line of the user's language: category · amount · period.</summary>
public static class DecisionTermsText
{
    public static string Of(DecisionTerms terms, IStringLocalizer<UiText> text)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(text);
        var category = text[$"Choice_{terms.Category}"];
        return $"{(category.ResourceNotFound ? terms.Category.ToString() : category.Value)} · {BelgianFormats.Money(terms.MonthlyAmount)} · {BelgianFormats.Date(terms.From)}"
            + (terms.Until is { } until ? $" – {BelgianFormats.Date(until)}" : "");
    }
}
