namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>What an activity asks for when it opens a human task. Case and request ids are opaque to the engine.</summary>
public sealed record HumanTaskRequest(
    string TaskType,
    string Title,
    string? CandidateRole = null,
    string? CandidateTeam = null,
    string? Assignee = null,
    DateTimeOffset? DueAt = null,
    int Priority = 0,
    string? CaseId = null,
    string? RequestId = null,
    IReadOnlyList<FormField>? Form = null);
