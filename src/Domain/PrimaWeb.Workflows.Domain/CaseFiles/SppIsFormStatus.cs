namespace PrimaWeb.Workflows.Domain.CaseFiles;

/// <summary>Where a form to the SPP-IS stands.</summary>
public enum SppIsFormStatus
{
    /// <summary>Prepared in the burst that decided to send it; the outbox delivers it after commit.</summary>
    Prepared,

    /// <summary>Received by the SPP-IS (a form id is known); its answer is awaited.</summary>
    Sent,

    Accepted,

    PartiallyAccepted,

    Refused,

    /// <summary>No answer came within the awaited time; a task asks someone to follow it up.</summary>
    Unanswered,
}
