using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Audit;

namespace PrimaWeb.Workflows.Data.Audit;

/// <summary>
/// How the gateway's <see cref="AuditEntry"/> is stored: one row for each person the call concerns.
/// The audit is read per person, so a call about several persons is stored as one row per person (same
/// <see cref="EntryId"/>), and a call about nobody as one row without <see cref="Niss"/>: the (TenantId, Niss, At)
/// index then answers "who consulted this person" without scanning a list column.
/// </summary>
public sealed class AuditRow
{
    public Guid Id { get; set; }

    /// <summary>The gateway's entry id, shared by the rows of one call.</summary>
    public Guid EntryId { get; set; }

    /// <summary>The person of this row; null for a call about no person.</summary>
    public Niss? Niss { get; set; }

    /// <summary>Every person of the call, space-separated, so the gateway's record is rebuilt exactly.</summary>
    public string Persons { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public string User { get; set; } = "";

    public string? CaseId { get; set; }

    public string? RequestId { get; set; }

    public string Service { get; set; } = "";

    public string LegalContext { get; set; } = "";

    public string LegalBasis { get; set; } = "";

    public string RequestSummary { get; set; } = "";

    public AuditOutcome Outcome { get; set; }

    /// <summary>The status code or the reason of a refusal or failure.</summary>
    public string? Detail { get; set; }

    public int Attempts { get; set; }

    public string? IdempotencyKey { get; set; }
}
