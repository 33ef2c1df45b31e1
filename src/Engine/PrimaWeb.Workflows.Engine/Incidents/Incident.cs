namespace PrimaWeb.Workflows.Engine.Incidents;

/// <summary>
/// A fault that stopped part of an instance. The burst that faulted is rolled back; the incident remembers how to
/// replay it (pending activities in the instance, or the resume that started it).
/// </summary>
public sealed class Incident
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string DefinitionId { get; set; } = "";

    public string ActivityId { get; set; } = "";

    public string ActivityType { get; set; } = "";

    public string Error { get; set; } = "";

    public int Attempts { get; set; }

    public IncidentStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the next automatic retry is due; null when an operator must act.</summary>
    public DateTimeOffset? NextRetryAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? ClosedBy { get; set; }

    /// <summary>The bookmark whose resume faulted, replayed on retry (null when the fault came from pending activities).</summary>
    public Guid? ResumeBookmarkId { get; set; }

    public string? ResumePayloadJson { get; set; }
}
