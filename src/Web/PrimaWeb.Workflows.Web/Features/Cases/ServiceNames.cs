using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>
/// A federal service by its business name in the user's language (texts <c>Service_&lt;name&gt;</c>, e.g.
/// <c>Service_OCMWCPASPerformInvestigation</c> → "Registre national"), never the technical name of the gateway.
/// </summary>
public static class ServiceNames
{
    public static string Of(string service, IStringLocalizer<UiText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"Service_{service.Replace('.', '_')}"] is { ResourceNotFound: false } name ? name.Value : text["Service_Unknown"].Value;
    }
}
