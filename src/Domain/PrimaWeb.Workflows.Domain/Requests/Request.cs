using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Tenants;
using Stateless;

namespace PrimaWeb.Workflows.Domain.Requests;

/// <summary>
/// A request (demande) filed in a case. Its <see cref="Status"/> moves only through the lifecycle
/// (<see cref="RequestLifecycle"/>); each method below is one trigger and throws
/// <see cref="InvalidRequestTransitionException"/> when the current status does not allow it.
/// </summary>
public sealed class Request
{
    private readonly List<Decision> _decisions = [];
    private StateMachine<RequestStatus, RequestTrigger>? _lifecycle;

    /// <summary>Records a request received on <paramref name="receivedOn"/>; a reception date after <paramref name="today"/> is refused.</summary>
    public Request(string tenantId, Guid caseId, RequestType type, DateOnly receivedOn, DateOnly today)
    {
        Id = Guid.CreateVersion7();
        TenantId = TenantCode.Validate(tenantId);
        CaseId = Guard.RequiredId(caseId, nameof(CaseId), "case");
        Type = Guard.Defined(type, nameof(Type), "request type");
        Guard.NotInFuture(receivedOn, today, nameof(ReceivedOn), "reception date");
        Guard.Plausible(receivedOn, today, nameof(ReceivedOn), "reception date");
        ReceivedOn = receivedOn;
        Status = RequestStatus.Received;
    }

    // For EF Core.
    private Request()
    {
        TenantId = string.Empty;
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public RequestType Type { get; private set; }

    /// <summary>The day the CPAS received the request; the 30-day decision deadline runs from it.</summary>
    public DateOnly ReceivedOn { get; private set; }

    public RequestStatus Status { get; private set; }

    /// <summary>The status to return to on <see cref="Resume"/>; set only while suspended.</summary>
    public RequestStatus? SuspendedFrom { get; private set; }

    /// <summary>The workflow instance that runs this request, once started.</summary>
    public Guid? WorkflowInstanceId { get; private set; }

    /// <summary>The day the latest forms were sent to the SPP-IS, if any.</summary>
    public DateOnly? FormsSentOn { get; private set; }

    /// <summary>Every council decision, oldest first.</summary>
    public IReadOnlyList<Decision> Decisions => _decisions;

    public Decision? LatestDecision => _decisions.Count == 0 ? null : _decisions[^1];

    /// <summary>
    /// The grant in force: the latest <see cref="DecisionOutcome.Granted"/> decision (the first grant or its latest
    /// revision), unless a later refusal or withdrawal ended it. A suspension or resumption does not replace it.
    /// </summary>
    public Decision? CurrentGrant
    {
        get
        {
            for (var i = _decisions.Count - 1; i >= 0; i--)
            {
                switch (_decisions[i].Outcome)
                {
                    case DecisionOutcome.Granted:
                        return _decisions[i];
                    case DecisionOutcome.Refused or DecisionOutcome.Withdrawn:
                        return null;
                }
            }

            return null;
        }
    }

    /// <summary>The triggers the current status allows, for the UI to offer only those.</summary>
    public IReadOnlyList<RequestTrigger> PermittedTriggers =>
        [.. Enum.GetValues<RequestTrigger>().Where(Lifecycle.CanFire)];

    private StateMachine<RequestStatus, RequestTrigger> Lifecycle => _lifecycle ??= RequestLifecycle.Create(
        () => Status,
        s => Status = s,
        () => SuspendedFrom ?? throw new InvalidOperationException("The request is suspended but does not know from where."),
        () => RequestLifecycle.SendsFormsToSppIs(Type),
        () => RequestLifecycle.SendsRefusalsToSppIs(Type));

    /// <summary>Links the request to the workflow instance that runs it; a request is run by one instance only.</summary>
    public void AttachWorkflow(Guid instanceId)
    {
        Guard.RequiredId(instanceId, nameof(WorkflowInstanceId), "workflow instance");
        if (WorkflowInstanceId is { } current && current != instanceId)
        {
            throw new DomainValidationException(nameof(WorkflowInstanceId), RuleCodes.AlreadyRunByWorkflow, $"The request is already run by workflow instance {current}.", current);
        }

        WorkflowInstanceId = instanceId;
    }

    public bool CanFire(RequestTrigger trigger) => Lifecycle.CanFire(trigger);

    public void StartInvestigation() => Lifecycle.Fire(RequestTrigger.StartInvestigation);

    public void PrepareProposal() => Lifecycle.Fire(RequestTrigger.PrepareProposal);

    public void SubmitToCouncil() => Lifecycle.Fire(RequestTrigger.SubmitToCouncil);

    public void ReturnToInvestigation() => Lifecycle.Fire(RequestTrigger.ReturnToInvestigation);

    /// <summary>Records a granting decision taken on <paramref name="decidedOn"/>, with the aid starting on <paramref name="effectiveFrom"/>.</summary>
    public Decision Grant(DateOnly decidedOn, DateOnly effectiveFrom, DateOnly today, string? motivation = null) =>
        Decide(RequestTrigger.Grant, DecisionOutcome.Granted, decidedOn, effectiveFrom, today, motivation);

    /// <summary>Records a RIS grant with its category, amount and period (the aid starts on <see cref="DecisionTerms.From"/>).</summary>
    public Decision Grant(DateOnly decidedOn, DecisionTerms terms, DateOnly today, string? motivation = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return Decide(RequestTrigger.Grant, DecisionOutcome.Granted, decidedOn, terms.From, today, motivation, terms);
    }

    /// <summary>Records a refusal taken on <paramref name="decidedOn"/>.</summary>
    public Decision Refuse(DateOnly decidedOn, DateOnly today, string? motivation = null) =>
        Decide(RequestTrigger.Refuse, DecisionOutcome.Refused, decidedOn, null, today, motivation);

    /// <summary>Records that the forms for the latest decision were sent on <paramref name="sentOn"/>.</summary>
    public void RecordFormsSent(DateOnly sentOn, DateOnly today)
    {
        EnsureFireable(RequestTrigger.SendForms);
        Guard.NotInFuture(sentOn, today, nameof(FormsSentOn), "sending date");
        var decidedOn = LatestDecision?.DecidedOn ?? ReceivedOn;
        if (sentOn < decidedOn)
        {
            throw new DomainValidationException(
                nameof(FormsSentOn), RuleCodes.FormsBeforeDecision, $"The forms cannot be sent on {LegalDate.Format(sentOn)}, before the decision of {LegalDate.Format(decidedOn)}.", sentOn, decidedOn);
        }

        Lifecycle.Fire(RequestTrigger.SendForms);
        FormsSentOn = sentOn;
    }

    public void RecordSppIsAcceptance() => Lifecycle.Fire(RequestTrigger.SppIsAccept);

    public void RecordSppIsRejection() => Lifecycle.Fire(RequestTrigger.SppIsReject);

    public void Close() => Lifecycle.Fire(RequestTrigger.Close);

    /// <summary>The applicant withdraws the request before a decision (désistement); a granted aid is withdrawn by <see cref="WithdrawGrant"/>.</summary>
    public void Withdraw()
    {
        Lifecycle.Fire(RequestTrigger.Withdraw);
        SuspendedFrom = null;
    }

    /// <summary>Pauses the handling before a decision (e.g. waiting for documents); a granted aid is suspended by <see cref="SuspendGrant"/>.</summary>
    public void Suspend()
    {
        var from = Status;
        Lifecycle.Fire(RequestTrigger.Suspend);
        SuspendedFrom = from;
    }

    /// <summary>Resumes a paused handling; a suspended grant is resumed by <see cref="ResumeGrant"/>.</summary>
    public void Resume()
    {
        Lifecycle.Fire(RequestTrigger.Resume);
        SuspendedFrom = null;
    }

    /// <summary>
    /// Re-opens the investigation to revise the latest decision; the earlier decisions are kept. The revision itself is
    /// the Council's next <see cref="Grant(DateOnly, DecisionTerms, DateOnly, string?)"/> with the new terms (see <see cref="Revises"/>).
    /// </summary>
    public void Revise() => Lifecycle.Fire(RequestTrigger.Revise);

    /// <summary>True when <paramref name="decision"/> is a grant that revises an earlier grant of this request (new terms).</summary>
    public bool Revises(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Outcome == DecisionOutcome.Granted
            && _decisions.TakeWhile(d => d != decision).Any(d => d.Outcome == DecisionOutcome.Granted);
    }

    /// <summary>
    /// The Council suspends the running grant from <paramref name="effectiveFrom"/>, for a planned period when
    /// <paramref name="effectiveUntil"/> is given: records the decision and suspends the request.
    /// </summary>
    public Decision SuspendGrant(DateOnly decidedOn, DateOnly? effectiveFrom, DateOnly? effectiveUntil, DateOnly today, string? motivation)
    {
        EnsureFireable(RequestTrigger.Suspend);
        var from = EffectiveWithinGrant(effectiveFrom, DecisionOutcome.Suspended);
        if (effectiveUntil is { } until && until < from)
        {
            throw new DomainValidationException(
                nameof(Decision.EffectiveUntil), RuleCodes.EndBeforeStart, $"The suspension cannot end on {LegalDate.Format(until)}, before it starts on {LegalDate.Format(from)}.", until, from);
        }

        var status = Status;
        var decision = Record(RequestTrigger.Suspend, DecisionOutcome.Suspended, decidedOn, from, today, motivation, effectiveUntil: effectiveUntil);
        SuspendedFrom = status;
        return decision;
    }

    /// <summary>The Council withdraws the running (or suspended) grant from <paramref name="effectiveFrom"/>: records the decision and withdraws the request.</summary>
    public Decision WithdrawGrant(DateOnly decidedOn, DateOnly? effectiveFrom, DateOnly today, string? motivation)
    {
        EnsureFireable(RequestTrigger.Withdraw);
        var from = EffectiveWithinGrant(effectiveFrom, DecisionOutcome.Withdrawn);
        var decision = Record(RequestTrigger.Withdraw, DecisionOutcome.Withdrawn, decidedOn, from, today, motivation);
        SuspendedFrom = null;
        return decision;
    }

    /// <summary>
    /// The Council resumes a suspended grant from <paramref name="effectiveFrom"/>: records the decision, with the current
    /// grant's category and amount from that day to the grant's end, and resumes the request where it was.
    /// </summary>
    public Decision ResumeGrant(DateOnly decidedOn, DateOnly? effectiveFrom, DateOnly today, string? motivation)
    {
        EnsureFireable(RequestTrigger.Resume);
        if (LatestDecision is not { Outcome: DecisionOutcome.Suspended } suspension)
        {
            throw new DomainValidationException(nameof(Decisions), RuleCodes.NotSuspended, "The request is not suspended by a decision of the Council: there is no suspended aid to resume.");
        }

        var from = Required(effectiveFrom, DecisionOutcome.Resumed);
        if (from < suspension.EffectiveFrom)
        {
            throw new DomainValidationException(
                nameof(Decision.EffectiveFrom),
                RuleCodes.ResumptionBeforeSuspension,
                $"The resumption cannot take effect on {LegalDate.Format(from)}, before the suspension of {LegalDate.Format(suspension.EffectiveFrom!.Value)}.",
                from,
                suspension.EffectiveFrom!.Value);
        }

        var grant = CurrentGrant!;
        DecisionTerms? terms = null;
        if (grant.Terms is { } granted)
        {
            if (granted.Until is { } end && from > end)
            {
                throw new DomainValidationException(
                    nameof(Decision.EffectiveFrom),
                    RuleCodes.ResumptionAfterGrantEnd,
                    $"The resumption cannot take effect on {LegalDate.Format(from)}, after the end of the grant on {LegalDate.Format(end)}.",
                    from,
                    end);
            }

            terms = new DecisionTerms(granted.Category, granted.MonthlyAmount, from, granted.Until);
        }

        var decision = Record(RequestTrigger.Resume, DecisionOutcome.Resumed, decidedOn, from, today, motivation, terms);
        SuspendedFrom = null;
        return decision;
    }

    private Decision Decide(
        RequestTrigger trigger, DecisionOutcome outcome, DateOnly decidedOn, DateOnly? effectiveFrom, DateOnly today, string? motivation, DecisionTerms? terms = null)
    {
        EnsureFireable(trigger);
        return Record(trigger, outcome, decidedOn, effectiveFrom, today, motivation, terms);
    }

    // The decision date rules every decision shares, then the decision and its trigger together.
    private Decision Record(
        RequestTrigger trigger, DecisionOutcome outcome, DateOnly decidedOn, DateOnly? effectiveFrom, DateOnly today, string? motivation,
        DecisionTerms? terms = null, DateOnly? effectiveUntil = null)
    {
        Guard.NotInFuture(decidedOn, today, nameof(Decision.DecidedOn), "decision date");
        if (decidedOn < ReceivedOn)
        {
            throw new DomainValidationException(
                nameof(Decision.DecidedOn),
                RuleCodes.DecisionBeforeReception,
                $"The decision date {LegalDate.Format(decidedOn)} is before the reception of the request on {LegalDate.Format(ReceivedOn)}.",
                decidedOn,
                ReceivedOn);
        }

        if (LatestDecision is { } previous && decidedOn < previous.DecidedOn)
        {
            throw new DomainValidationException(
                nameof(Decision.DecidedOn),
                RuleCodes.DecisionBeforePrevious,
                $"The decision date {LegalDate.Format(decidedOn)} is before the previous decision of {LegalDate.Format(previous.DecidedOn)}.",
                decidedOn,
                previous.DecidedOn);
        }

        var decision = new Decision(
            outcome, decidedOn, effectiveFrom, Guard.OptionalText(motivation, nameof(Decision.Motivation), "motivation", 4000), terms, effectiveUntil);
        Lifecycle.Fire(trigger);
        _decisions.Add(decision);
        return decision;
    }

    // A suspension or withdrawal needs a grant in force and cannot reach back before that grant's start.
    private DateOnly EffectiveWithinGrant(DateOnly? effectiveFrom, DecisionOutcome mutation)
    {
        if (CurrentGrant is not { } grant)
        {
            throw new DomainValidationException(
                nameof(Decisions), RuleCodes.NoGrantInForce, $"The request has no granted aid in force: there is nothing for a {Word(mutation)} to end.", mutation);
        }

        var from = Required(effectiveFrom, mutation);
        if (grant.EffectiveFrom is { } start && from < start)
        {
            throw new DomainValidationException(
                nameof(Decision.EffectiveFrom),
                RuleCodes.MutationBeforeGrant,
                $"The {Word(mutation)} cannot take effect on {LegalDate.Format(from)}, before the start of the current grant on {LegalDate.Format(start)}.",
                mutation,
                from,
                start);
        }

        return from;
    }

    private static DateOnly Required(DateOnly? effectiveFrom, DecisionOutcome mutation) =>
        effectiveFrom ?? throw new DomainValidationException(
            nameof(Decision.EffectiveFrom), RuleCodes.EffectiveDateRequired, $"The {Word(mutation)} needs the day it takes effect (effective date).", mutation);

    private static string Word(DecisionOutcome mutation) => mutation switch
    {
        DecisionOutcome.Suspended => "suspension",
        DecisionOutcome.Withdrawn => "withdrawal",
        _ => "resumption",
    };

    // Checks the lifecycle before the arguments, so a forbidden trigger is reported as such even with bad dates.
    private void EnsureFireable(RequestTrigger trigger)
    {
        if (!Lifecycle.CanFire(trigger))
        {
            Lifecycle.Fire(trigger);
        }
    }
}
