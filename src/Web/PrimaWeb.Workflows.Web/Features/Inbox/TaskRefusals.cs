using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Inbox;

/// <summary>How the task page tells a refused completion: what the server said, under a title, with what to do next.</summary>
public static class TaskRefusals
{
    public static (IReadOnlyList<string> Errors, string? Title, string? Advice) Describe(TaskOperationResult result, IStringLocalizer<UiText> text) =>
        result.Status switch
        {
            TaskOperationStatus.Succeeded or TaskOperationStatus.AlreadyApplied => ([], null, null),
            TaskOperationStatus.Conflict => (Or(result.Errors, text["TaskConflictShort"]), text["RefusalConflict"], text["AdviceConflict"]),
            TaskOperationStatus.NotFound => ([text["TaskNotFound"].Value], text["RefusalConflict"], text["AdviceNotFound"]),
            _ => (Or(result.Errors, text["TaskRefusedShort"]), text["RefusalServer"], text["AdviceServer"]),
        };

    private static IReadOnlyList<string> Or(IReadOnlyList<string> errors, string fallback) => errors.Count > 0 ? errors : [fallback];
}
