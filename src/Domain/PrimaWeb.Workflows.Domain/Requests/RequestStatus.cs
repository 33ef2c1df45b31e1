namespace PrimaWeb.Workflows.Domain.Requests;

/// <summary>Where a request stands in its lifecycle (see docs/lifecycle.md for the diagram).</summary>
public enum RequestStatus
{
    Received,
    UnderInvestigation,
    ProposalReady,
    SubmittedToCouncil,

    /// <summary>The council granted the aid (latest decision).</summary>
    Granted,

    /// <summary>The council refused the aid (latest decision).</summary>
    Refused,

    /// <summary>The forms (or the heating allowance) were sent; the SPP-IS answer is awaited.</summary>
    FormsSent,

    AcceptedBySppIs,
    RejectedBySppIs,
    Closed,

    /// <summary>Handling paused (e.g. waiting for documents); resumes where it stopped.</summary>
    Suspended,

    /// <summary>The applicant withdrew the request before a decision (désistement). Final.</summary>
    Withdrawn,
}
