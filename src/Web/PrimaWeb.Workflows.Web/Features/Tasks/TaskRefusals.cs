using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// How the screens tell a task operation that was not applied: each refusal in the user's language (from its code and
/// arguments, as the API words them), under a title, with what to do next.
/// </summary>
public static class TaskRefusals
{
    public static (IReadOnlyList<string> Errors, string? Title, string? Advice) Describe(TaskAttempt attempt, IStringLocalizer<UiText> text)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(text);
        if (attempt.Denied is { } denied)
        {
            return ([denied.Reason(text)], text["RefusalNotYours"], text["AdviceNotYours"]);
        }

        var result = attempt.Result;
        return result.Status switch
        {
            TaskOperationStatus.Succeeded or TaskOperationStatus.AlreadyApplied => ([], null, null),
            TaskOperationStatus.IncidentOpened => ([text["TaskIncident"].Value], text["RefusalIncident"], text["AdviceIncident"]),
            TaskOperationStatus.Conflict => (Or(Sentences(result, text), text["TaskConflictShort"]), text["RefusalConflict"], text["AdviceConflict"]),
            TaskOperationStatus.NotFound => ([text["TaskNotFound"].Value], text["RefusalConflict"], text["AdviceNotFound"]),
            _ => (Or(Sentences(result, text), text["TaskRefusedShort"]), text["RefusalServer"], text["AdviceServer"]),
        };
    }

    /// <summary>Each refusal in the user's language.</summary>
    public static IReadOnlyList<string> Sentences(TaskOperationResult result, IStringLocalizer<UiText> text)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Refusals.Select(refusal => RuleTexts.Describe(text, refusal))];
    }

    private static IReadOnlyList<string> Or(IReadOnlyList<string> errors, string fallback) => errors.Count > 0 ? errors : [fallback];
}
