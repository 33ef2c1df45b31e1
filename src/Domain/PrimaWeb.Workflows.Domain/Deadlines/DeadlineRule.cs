namespace PrimaWeb.Workflows.Domain.Deadlines;

/// <summary>
/// The legal deadlines a manager watches (deadlines.md), each computed by <see cref="LegalDeadlines"/> from the data the
/// case file already holds: the reception of a request, a decision and its date, the start of an aid.
/// </summary>
public enum DeadlineRule
{
    /// <summary>The decision within 30 days of the request's reception (art. 21 §1 DIS law).</summary>
    Decision,

    /// <summary>The decision's notification (the letter) within 8 days after the decision.</summary>
    Notification,

    /// <summary>The A036 attestation created, modified or deleted within 7 days after the decision.</summary>
    A036,

    /// <summary>DIS form B or C to the SPP-IS within 8 days after the end of the decision's month (art. 21 §6).</summary>
    DisForm,

    /// <summary>Loi 65 form B (B1/B2) within 45 days from the start of the aid (art. 9; days as dated reference data).</summary>
    Loi65FormB,

    /// <summary>Loi 65 form D (D1/D2) within 12 months from the end of the expenses' quarter (art. 12; dated reference data).</summary>
    Loi65FormD,
}
