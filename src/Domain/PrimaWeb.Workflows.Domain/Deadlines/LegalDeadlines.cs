using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.Deadlines;

/// <summary>
/// Legal deadlines of a request (deadlines.md). "Day N after D" is D + N calendar days; no deadline moves off a weekend
/// or holiday, because no source says it should.
/// </summary>
public static class LegalDeadlines
{
    /// <summary>Decision within 30 days of receipt (art. 21 §1 DIS law).</summary>
    public static DateOnly DecisionDue(DateOnly receivedOn) => receivedOn.AddDays(30);

    /// <summary>When the decision is late by the CPAS's fault, interest runs from the 46th day after the request.</summary>
    public static DateOnly LateDecisionInterestFrom(DateOnly receivedOn) => receivedOn.AddDays(46);

    /// <summary>Notification within 8 days after the decision.</summary>
    public static DateOnly NotificationDue(DateOnly decidedOn) => decidedOn.AddDays(8);

    /// <summary>First payment at the latest 15 days after the decision (art. 23 DIS law).</summary>
    public static DateOnly FirstPaymentDue(DateOnly decidedOn) => decidedOn.AddDays(15);

    /// <summary>A late first payment bears interest from the 16th day after the decision.</summary>
    public static DateOnly LatePaymentInterestFrom(DateOnly decidedOn) => decidedOn.AddDays(16);

    /// <summary>DIS form B or C to the SPP-IS within 8 days after the end of the decision's month (art. 21 §6).</summary>
    public static DateOnly DisFormDue(DateOnly decidedOn) => LegalDate.EndOfMonth(decidedOn).AddDays(8);

    /// <summary>
    /// The 45th day after the end of the decision's month: a DIS form sent later loses the State reimbursement from
    /// that day up to the sending day.
    /// </summary>
    public static DateOnly DisReimbursementLossFrom(DateOnly decidedOn) => LegalDate.EndOfMonth(decidedOn).AddDays(45);

    /// <summary>A036 attestation created, modified or deleted within 7 days after the decision.</summary>
    public static DateOnly A036Due(DateOnly decidedOn) => decidedOn.AddDays(7);
}
