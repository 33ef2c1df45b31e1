namespace PrimaWeb.Workflows.Domain.CaseFiles;

/// <summary>How a consultation of a federal data flow ended.</summary>
public enum ConsultationOutcome
{
    /// <summary>The service answered; the answer is kept in the case file.</summary>
    Answered,

    /// <summary>Refused before any call: the person was not integrated for the CPAS as the flow requires.</summary>
    RefusedNotIntegrated,

    /// <summary>The service refused or failed (unknown NISS, unavailable, malformed answer).</summary>
    Failed,
}
