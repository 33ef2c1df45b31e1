using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>A task type's name in the user's language (key <c>TaskType_&lt;type&gt;</c>), else the type as the definition stores it.</summary>
public static class TaskTypeNames
{
    public static string Of(string taskType, IStringLocalizer<UiText> text)
    {
        var name = text[$"{Prefix}{taskType}"];
        return name.ResourceNotFound ? taskType : name.Value;
    }

    /// <summary>
    /// The task's title as the user reads it: the definitions' titles are stable English templates, so a task type
    /// with a name shows that name; a task of a type without one keeps its stored title.
    /// </summary>
    public static string TitleOf(HumanTask task, IStringLocalizer<UiText> text)
    {
        ArgumentNullException.ThrowIfNull(task);
        var name = text[$"{Prefix}{task.TaskType}"];
        return name.ResourceNotFound ? task.Title : name.Value;
    }

    /// <summary>The task types that have a name (<c>TaskType_…</c> keys), by name in the user's language.</summary>
    public static IReadOnlyList<(string Type, string Name)> Known(IStringLocalizer<UiText> text) =>
    [
        .. text.GetAllStrings(includeParentCultures: true)
            .Where(s => s.Name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(s => (s.Name[Prefix.Length..], s.Value))
            .OrderBy(t => t.Value, StringComparer.CurrentCulture),
    ];

    private const string Prefix = "TaskType_";
}
