using Stateless;
using Stateless.Graph;
using Stateless.Reflection;

namespace PrimaWeb.Workflows.Domain.Requests;

/// <summary>
/// The lifecycle of a request as a Stateless state machine whose state lives in the request (so a store persists a
/// plain status column). Decisions (docs/adr/0301-request-lifecycle.md):
/// a revision sends the file back to investigation, because a revision rests on new facts that must be checked
/// before a new proposal; suspension pauses handling before the decision and resumes in the status it left;
/// withdrawal is possible until the council decides and is final; a request whose type sends nothing to the SPP-IS
/// (other aid) closes straight after the decision, the others only after the SPP-IS answered.
/// </summary>
public static class RequestLifecycle
{
    private const string SendsForms = "type sends forms to SPP-IS";
    private const string SendsNoForms = "type sends no form to SPP-IS";

    /// <summary>
    /// The statuses from which handling may be suspended: before the council's decision, or while a granted aid runs
    /// (accepted by the SPP-IS, or closed), when the Council suspends it over a period.
    /// </summary>
    public static IReadOnlyList<RequestStatus> SuspendableStatuses { get; } =
        [RequestStatus.Received, RequestStatus.UnderInvestigation, RequestStatus.ProposalReady, RequestStatus.SubmittedToCouncil,
            RequestStatus.AcceptedBySppIs, RequestStatus.Closed];

    /// <summary>True for the request types whose decisions go to the SPP-IS (or to the heating allowance database).</summary>
    public static bool SendsFormsToSppIs(RequestType type) => type != RequestType.OtherAid;

    /// <summary>
    /// True for the request types whose refusals go to the SPP-IS too (the DIS's form C); a refused heating allowance
    /// is saved nowhere at the Fund, so the request closes on its letter.
    /// </summary>
    public static bool SendsRefusalsToSppIs(RequestType type) => SendsFormsToSppIs(type) && type != RequestType.HeatingAllowance;

    /// <summary>
    /// Builds the machine over external state. <paramref name="resumeTarget"/> gives the status to resume after a
    /// suspension; <paramref name="sendsForms"/> says whether the request's type sends forms to the SPP-IS, and
    /// <paramref name="sendsRefusals"/> whether its refusals do too (as <paramref name="sendsForms"/> when null).
    /// Forbidden triggers throw <see cref="InvalidRequestTransitionException"/>.
    /// </summary>
    public static StateMachine<RequestStatus, RequestTrigger> Create(
        Func<RequestStatus> read, Action<RequestStatus> write, Func<RequestStatus> resumeTarget, Func<bool> sendsForms, Func<bool>? sendsRefusals = null)
    {
        var machine = new StateMachine<RequestStatus, RequestTrigger>(read, write);
        var refusalForms = sendsRefusals ?? sendsForms;

        machine.Configure(RequestStatus.Received)
            .Permit(RequestTrigger.StartInvestigation, RequestStatus.UnderInvestigation)
            .Permit(RequestTrigger.Suspend, RequestStatus.Suspended)
            .Permit(RequestTrigger.Withdraw, RequestStatus.Withdrawn);

        machine.Configure(RequestStatus.UnderInvestigation)
            .Permit(RequestTrigger.PrepareProposal, RequestStatus.ProposalReady)
            .Permit(RequestTrigger.Suspend, RequestStatus.Suspended)
            .Permit(RequestTrigger.Withdraw, RequestStatus.Withdrawn);

        machine.Configure(RequestStatus.ProposalReady)
            .Permit(RequestTrigger.SubmitToCouncil, RequestStatus.SubmittedToCouncil)
            .Permit(RequestTrigger.ReturnToInvestigation, RequestStatus.UnderInvestigation)
            .Permit(RequestTrigger.Suspend, RequestStatus.Suspended)
            .Permit(RequestTrigger.Withdraw, RequestStatus.Withdrawn);

        machine.Configure(RequestStatus.SubmittedToCouncil)
            .Permit(RequestTrigger.Grant, RequestStatus.Granted)
            .Permit(RequestTrigger.Refuse, RequestStatus.Refused)
            .Permit(RequestTrigger.ReturnToInvestigation, RequestStatus.UnderInvestigation)
            .Permit(RequestTrigger.Suspend, RequestStatus.Suspended)
            .Permit(RequestTrigger.Withdraw, RequestStatus.Withdrawn);

        foreach (var (decided, sends) in new[] { (RequestStatus.Granted, sendsForms), (RequestStatus.Refused, refusalForms) })
        {
            machine.Configure(decided)
                .PermitIf(RequestTrigger.SendForms, RequestStatus.FormsSent, sends, SendsForms)
                .PermitIf(RequestTrigger.Close, RequestStatus.Closed, () => !sends(), SendsNoForms)
                .Permit(RequestTrigger.Revise, RequestStatus.UnderInvestigation);
        }

        machine.Configure(RequestStatus.FormsSent)
            .Permit(RequestTrigger.SppIsAccept, RequestStatus.AcceptedBySppIs)
            .Permit(RequestTrigger.SppIsReject, RequestStatus.RejectedBySppIs);

        // The Council may suspend or withdraw an aid that runs (a036-mutations-recovery.md: the StopAttest form).
        machine.Configure(RequestStatus.AcceptedBySppIs)
            .Permit(RequestTrigger.Close, RequestStatus.Closed)
            .Permit(RequestTrigger.Revise, RequestStatus.UnderInvestigation)
            .Permit(RequestTrigger.Suspend, RequestStatus.Suspended)
            .Permit(RequestTrigger.Withdraw, RequestStatus.Withdrawn);

        // A rejected form is corrected and sent again, or the decision itself is revised.
        machine.Configure(RequestStatus.RejectedBySppIs)
            .Permit(RequestTrigger.SendForms, RequestStatus.FormsSent)
            .Permit(RequestTrigger.Revise, RequestStatus.UnderInvestigation)
            .Permit(RequestTrigger.Close, RequestStatus.Closed);

        // A closed request is re-opened by a revision (e.g. after a National Register mutation).
        machine.Configure(RequestStatus.Closed)
            .Permit(RequestTrigger.Revise, RequestStatus.UnderInvestigation)
            .Permit(RequestTrigger.Suspend, RequestStatus.Suspended)
            .Permit(RequestTrigger.Withdraw, RequestStatus.Withdrawn);

        var resumeTargets = new DynamicStateInfos();
        foreach (var status in SuspendableStatuses)
        {
            resumeTargets.Add(status, $"suspended while {status}");
        }

        machine.Configure(RequestStatus.Suspended)
            .PermitDynamic(RequestTrigger.Resume, resumeTarget, "the status before the suspension", resumeTargets)
            .Permit(RequestTrigger.Withdraw, RequestStatus.Withdrawn);

        machine.Configure(RequestStatus.Withdrawn);

        machine.OnUnhandledTrigger((status, trigger, unmetGuards) => throw new InvalidRequestTransitionException(
            status, trigger, [.. Enum.GetValues<RequestTrigger>().Where(machine.CanFire)], [.. unmetGuards ?? []]));

        return machine;
    }

    /// <summary>The machine's diagram in Mermaid syntax (state diagram), as committed in docs/lifecycle.md.</summary>
    public static string ToMermaid()
    {
        var status = RequestStatus.Received;
        var machine = Create(() => status, s => status = s, () => RequestStatus.Received, () => true);
        return MermaidGraph.Format(machine.GetInfo());
    }
}
