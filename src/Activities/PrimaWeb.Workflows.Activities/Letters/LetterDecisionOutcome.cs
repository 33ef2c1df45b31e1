namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// What the letter notifies. Templates compare it as a snake_case text: <c>granted</c>, <c>refused</c>,
/// <c>granted_modified</c>, <c>withdrawn</c>, <c>suspended</c>,
/// <c>resumed</c>, <c>revised</c>.
/// </summary>
public enum LetterDecisionOutcome
{
    /// <summary>The aid is granted as requested.</summary>
    Granted,

    /// <summary>The aid is refused; the letter gives the motivation.</summary>
    Refused,

    /// <summary>The aid is granted with another amount or for another period than requested.</summary>
    GrantedModified,

    /// <summary>Aid granted earlier is withdrawn (retrait / intrekking).</summary>
    Withdrawn,

    /// <summary>The payment of the aid is suspended for a period.</summary>
    Suspended,

    /// <summary>The payment of a suspended aid resumes from a date.</summary>
    Resumed,

    /// <summary>A running grant is revised: new amount or period, with its calculation.</summary>
    Revised,
}
