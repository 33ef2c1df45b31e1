namespace PrimaWeb.Workflows.FederalServices.Audit;

/// <summary>How a call ended, as the audit records it.</summary>
public enum AuditOutcome
{
    /// <summary>The service answered with data (or "no data found").</summary>
    Succeeded,

    /// <summary>The gateway's integration control refused: no call was made.</summary>
    RefusedByControl,

    /// <summary>The gateway refused the request as invalid before sending it.</summary>
    RejectedAsInvalid,

    /// <summary>The receiver answered with an error status (not integrated, unknown NISS, invalid…).</summary>
    RefusedByService,

    /// <summary>No usable answer: unavailable, time-out, malformed.</summary>
    Failed,
}
