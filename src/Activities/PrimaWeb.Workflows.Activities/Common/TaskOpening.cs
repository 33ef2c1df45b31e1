using System.Globalization;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Activities.Common;

/// <summary>
/// Opens the human task of a domain step with its typed form. The common inputs (title, candidateRole, assignee, dueIn)
/// are the step's input record (<see cref="TaskStepInput"/>, <see cref="CouncilTaskInput"/>); the form is the step's
/// own, so the engine checks the payload before the step reads it.
/// </summary>
public static class TaskOpening
{
    public static BookmarkRequest Open(
        ActivityContext context, ITaskStepInput input, string taskType, string defaultTitle, IReadOnlyList<FormField> form, string? defaultRole = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var variables = RequestVariables.Of(context);
        var assignee = input.Assignee is { Length: > 0 } given ? given : null;
        var role = input.CandidateRole is { Length: > 0 } r ? r : defaultRole;

        // A social worker's task is assigned to the case's social worker and open to the role, should nobody be assigned.
        return BookmarkRequest.ForTask(new HumanTaskRequest(
            taskType,
            input.Title is { Length: > 0 } title ? title : defaultTitle,
            CandidateRole: role ?? Roles.SocialWorker,
            Assignee: assignee ?? (role is null ? variables.SocialWorkerId : null),
            DueAt: input.DueIn?.AddTo(context.Clock.GetUtcNow()),
            CaseId: variables.Case.ToString(),
            RequestId: variables.Request.ToString(),
            Form: form));
    }

    public static string? Text(JsonNode? payload, string field) =>
        payload?[field] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    // Read through the JSON text: a payload built in memory holds ints and doubles that do not convert to decimal directly.
    public static decimal? Number(JsonNode? payload, string field) =>
        payload?[field] is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number
            ? decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;

    public static bool Flag(JsonNode? payload, string field) => payload?[field] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    public static DateOnly? Date(JsonNode? payload, string field) =>
        Text(payload, field) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public static TEnum? Choice<TEnum>(JsonNode? payload, string field)
        where TEnum : struct, Enum => Text(payload, field) is { } text && Enum.TryParse<TEnum>(text, out var value) ? value : null;

    /// <summary>The names of an enum as the choices of a form field.</summary>
    public static IReadOnlyList<string> Choices<TEnum>()
        where TEnum : struct, Enum => Enum.GetNames<TEnum>();
}
