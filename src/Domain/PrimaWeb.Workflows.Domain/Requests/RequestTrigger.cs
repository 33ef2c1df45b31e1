namespace PrimaWeb.Workflows.Domain.Requests;

/// <summary>What moves a request from one status to another.</summary>
public enum RequestTrigger
{
    StartInvestigation,
    PrepareProposal,
    SubmitToCouncil,

    /// <summary>The council sends the file back for more enquiry.</summary>
    ReturnToInvestigation,

    Grant,
    Refuse,
    SendForms,
    SppIsAccept,
    SppIsReject,
    Close,
    Withdraw,
    Suspend,
    Resume,

    /// <summary>A decision is revised (new facts, mutation, error): the file goes back to investigation.</summary>
    Revise,
}
