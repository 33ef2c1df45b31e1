using System.Globalization;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Designer.Texts;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Workflows;

/// <summary>The designer's words from <see cref="DesignerTexts"/>, in the user's language.</summary>
internal sealed class DesignerTextResources(IStringLocalizer<DesignerTexts> texts) : IDesignerText
{
    public string this[string key] => texts[key];

    public string Or(string key, string fallback) => texts[key] is { ResourceNotFound: false } text ? text.Value : fallback;

    public string Format(string key, params object?[] arguments) => string.Format(CultureInfo.CurrentCulture, texts[key], arguments);
}
