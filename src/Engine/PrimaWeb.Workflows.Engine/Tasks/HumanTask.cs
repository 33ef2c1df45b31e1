using System.Text.Json;

namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>A unit of work for a person, shown in the inbox; completing it resumes its bookmark.</summary>
public sealed class HumanTask
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public Guid BookmarkId { get; set; }

    public string ActivityId { get; set; } = "";

    public string TaskType { get; set; } = "";

    public string Title { get; set; } = "";

    public string TenantId { get; set; } = "";

    public string? CaseId { get; set; }

    public string? RequestId { get; set; }

    public string? CandidateRole { get; set; }

    public string? CandidateTeam { get; set; }

    public string? Assignee { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    public int Priority { get; set; }

    public HumanTaskStatus Status { get; set; }

    /// <summary>The declared form, as JSON (persisted data).</summary>
    public string FormJson { get; set; } = "[]";

    public string? ResultJson { get; set; }

    /// <summary>Incremented by every operation; clients send it back as the expected revision.</summary>
    public int Revision { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? CompletedBy { get; set; }

    /// <summary>The declared form fields.</summary>
    public IReadOnlyList<FormField> ReadForm() =>
        JsonSerializer.Deserialize<List<FormField>>(FormJson, TaskJson.Options) ?? [];
}
