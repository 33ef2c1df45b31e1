using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>
/// A stated expense's name in the user's language. The resources step stores each expense with the English label of
/// its form field (<c>Rent</c> for <c>rent</c>); the screens show that field's label (<c>Field_rent</c>) instead.
/// </summary>
public static class ExpenseNames
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Rent"] = "rent",
        ["Energy"] = "energy",
        ["Debts"] = "debts",
        ["Other expenses"] = "otherExpenses",
    };

    public static string Of(string description, IStringLocalizer<UiText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Fields.TryGetValue(description, out var field) && text[$"Field_{field}"] is { ResourceNotFound: false } label ? label.Value : description;
    }
}
