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

    /// <summary>
    /// Loi 65 form B (B1/B2) within <paramref name="daysAfterAidStart"/> days from the start of the aid (art. 9); the
    /// number of days is dated reference data (loi65.deadlines), read by the caller for the aid's start.
    /// </summary>
    public static DateOnly Loi65FormBDue(DateOnly aidStart, int daysAfterAidStart) => aidStart.AddDays(daysAfterAidStart);

    /// <summary>
    /// Loi 65 form D (D1/D2, the monthly expense claim) within <paramref name="monthsAfterQuarter"/> months from the end of
    /// the quarter of the expenses (art. 12), under penalty of foreclosure; the months are dated reference data.
    /// </summary>
    public static DateOnly Loi65FormDDue(DateOnly expensesDay, int monthsAfterQuarter) =>
        LegalDate.EndOfMonth(LegalDate.EndOfQuarter(expensesDay).AddMonths(monthsAfterQuarter));
}
