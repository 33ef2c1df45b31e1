using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Domain.Integrations;
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

    /// <summary>A BCSS capacity code as social workers know it: the code and its meaning.</summary>
    public string Capacity(int code) =>
        Enum.IsDefined((CapacityCode)code) ? $"{code} — {text[$"Capacity_{(CapacityCode)code}"]}" : code.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string FormType(SppIsFormType type) => text[$"FormType_{type}"];

    /// <summary>The SPP-IS's reasons as it wrote them: its code (what its helpdesk asks for) and its own words.</summary>
    public static string Reasons(IEnumerable<SppIsAnswerReason> reasons) => string.Join("; ", reasons.Select(reason => $"{reason.Code} — {reason.Description}"));

    /// <summary>A step by its activity's name in the user's language (the step's id in the definition when no text names it).</summary>
    public static string Activity(string activityType, string activityId) =>
        Workflows.ActivityWording.For($"Activity.{activityType}.Name").Text ?? activityId;

    public string RequestType(RequestType type) => ui[$"RequestType_{type}"] is { ResourceNotFound: false } name ? name : type.ToString();

    /// <summary>A social worker by name (the id until a user directory knows it); the tasks nobody took have none.</summary>
    public string SocialWorker(string? id) => id is null ? text["Unassigned"] : UserNames.Display(id);
}
