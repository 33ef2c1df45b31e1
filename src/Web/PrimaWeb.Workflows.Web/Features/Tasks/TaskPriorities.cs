using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// A task's priority as a word: the engine keeps a number (0 unless a definition says more; higher first), the user
/// reads low, normal, high or urgent (keys <c>Priority_…</c>).
/// </summary>
public static class TaskPriorities
{
    /// <summary>From this number on a task is urgent; between normal and this, high.</summary>
    public const int Urgent = 50;

    public static string Level(int priority) => priority switch
    {
        < 0 => "Low",
        0 => "Normal",
        < Urgent => "High",
        _ => "Urgent",
    };

    public static string Word(int priority, IStringLocalizer<UiText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"Priority_{Level(priority)}"];
    }
}
