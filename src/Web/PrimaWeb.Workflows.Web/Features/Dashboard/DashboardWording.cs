using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Web.Resources;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Dashboard;

/// <summary>How the dashboard's values read in the user's language, on screen and in the CSV files alike.</summary>
public sealed class DashboardWording(IStringLocalizer<DashboardText> text, IStringLocalizer<UiText> ui)
{
    public IStringLocalizer<DashboardText> Text => text;

    public string this[string key] => text[key];

    public string Rule(DeadlineRule rule) => text[$"DeadlineRule_{rule}"];

    public string State(DeadlineState state) => text[$"State_{state}"];

    public string RequestType(RequestType type) => ui[$"RequestType_{type}"] is { ResourceNotFound: false } name ? name : type.ToString();

    /// <summary>A social worker by name (the id until a user directory knows it); the tasks nobody took have none.</summary>
    public string SocialWorker(string? id) => id is null ? text["Unassigned"] : UserNames.Display(id);
}
