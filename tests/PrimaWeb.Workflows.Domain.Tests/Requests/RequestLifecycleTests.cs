using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Domain.Tests.Requests;

public class RequestLifecycleTests
{
    public static TheoryData<RequestStatus, RequestTrigger, RequestStatus, bool> AllowedTransitions => new()
    {
        { RequestStatus.Received, RequestTrigger.StartInvestigation, RequestStatus.UnderInvestigation, true },
        { RequestStatus.Received, RequestTrigger.Suspend, RequestStatus.Suspended, true },
        { RequestStatus.Received, RequestTrigger.Withdraw, RequestStatus.Withdrawn, true },
        { RequestStatus.UnderInvestigation, RequestTrigger.PrepareProposal, RequestStatus.ProposalReady, true },
        { RequestStatus.UnderInvestigation, RequestTrigger.Suspend, RequestStatus.Suspended, true },
        { RequestStatus.UnderInvestigation, RequestTrigger.Withdraw, RequestStatus.Withdrawn, true },
        { RequestStatus.ProposalReady, RequestTrigger.SubmitToCouncil, RequestStatus.SubmittedToCouncil, true },
        { RequestStatus.ProposalReady, RequestTrigger.ReturnToInvestigation, RequestStatus.UnderInvestigation, true },
        { RequestStatus.ProposalReady, RequestTrigger.Suspend, RequestStatus.Suspended, true },
        { RequestStatus.ProposalReady, RequestTrigger.Withdraw, RequestStatus.Withdrawn, true },
        { RequestStatus.SubmittedToCouncil, RequestTrigger.Grant, RequestStatus.Granted, true },
        { RequestStatus.SubmittedToCouncil, RequestTrigger.Refuse, RequestStatus.Refused, true },
        { RequestStatus.SubmittedToCouncil, RequestTrigger.ReturnToInvestigation, RequestStatus.UnderInvestigation, true },
        { RequestStatus.SubmittedToCouncil, RequestTrigger.Suspend, RequestStatus.Suspended, true },
        { RequestStatus.SubmittedToCouncil, RequestTrigger.Withdraw, RequestStatus.Withdrawn, true },
        { RequestStatus.Granted, RequestTrigger.SendForms, RequestStatus.FormsSent, true },
        { RequestStatus.Granted, RequestTrigger.Close, RequestStatus.Closed, false },
        { RequestStatus.Granted, RequestTrigger.Revise, RequestStatus.UnderInvestigation, true },
        { RequestStatus.Refused, RequestTrigger.SendForms, RequestStatus.FormsSent, true },
        { RequestStatus.Refused, RequestTrigger.Close, RequestStatus.Closed, false },
        { RequestStatus.Refused, RequestTrigger.Revise, RequestStatus.UnderInvestigation, true },
        { RequestStatus.FormsSent, RequestTrigger.SppIsAccept, RequestStatus.AcceptedBySppIs, true },
        { RequestStatus.FormsSent, RequestTrigger.SppIsReject, RequestStatus.RejectedBySppIs, true },
        { RequestStatus.AcceptedBySppIs, RequestTrigger.Close, RequestStatus.Closed, true },
        { RequestStatus.AcceptedBySppIs, RequestTrigger.Revise, RequestStatus.UnderInvestigation, true },
        { RequestStatus.RejectedBySppIs, RequestTrigger.SendForms, RequestStatus.FormsSent, true },
        { RequestStatus.RejectedBySppIs, RequestTrigger.Revise, RequestStatus.UnderInvestigation, true },
        { RequestStatus.RejectedBySppIs, RequestTrigger.Close, RequestStatus.Closed, true },
        { RequestStatus.Closed, RequestTrigger.Revise, RequestStatus.UnderInvestigation, true },
        { RequestStatus.Suspended, RequestTrigger.Resume, RequestStatus.ProposalReady, true },
        { RequestStatus.Suspended, RequestTrigger.Withdraw, RequestStatus.Withdrawn, true },
    };

    public static TheoryData<RequestStatus, RequestTrigger[]> PermittedByStatus => new()
    {
        { RequestStatus.Received, [RequestTrigger.StartInvestigation, RequestTrigger.Withdraw, RequestTrigger.Suspend] },
        { RequestStatus.UnderInvestigation, [RequestTrigger.PrepareProposal, RequestTrigger.Withdraw, RequestTrigger.Suspend] },
        { RequestStatus.ProposalReady, [RequestTrigger.SubmitToCouncil, RequestTrigger.ReturnToInvestigation, RequestTrigger.Withdraw, RequestTrigger.Suspend] },
        { RequestStatus.SubmittedToCouncil, [RequestTrigger.ReturnToInvestigation, RequestTrigger.Grant, RequestTrigger.Refuse, RequestTrigger.Withdraw, RequestTrigger.Suspend] },
        { RequestStatus.Granted, [RequestTrigger.SendForms, RequestTrigger.Revise] },
        { RequestStatus.Refused, [RequestTrigger.SendForms, RequestTrigger.Revise] },
        { RequestStatus.FormsSent, [RequestTrigger.SppIsAccept, RequestTrigger.SppIsReject] },
        { RequestStatus.AcceptedBySppIs, [RequestTrigger.Close, RequestTrigger.Revise, RequestTrigger.Suspend, RequestTrigger.Withdraw] },
        { RequestStatus.RejectedBySppIs, [RequestTrigger.SendForms, RequestTrigger.Close, RequestTrigger.Revise] },
        { RequestStatus.Closed, [RequestTrigger.Revise, RequestTrigger.Suspend, RequestTrigger.Withdraw] },
        { RequestStatus.Suspended, [RequestTrigger.Withdraw, RequestTrigger.Resume] },
        { RequestStatus.Withdrawn, [] },
    };

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void Fire_AllowedTransition_MovesToTheExpectedStatus(
        RequestStatus from, RequestTrigger trigger, RequestStatus to, bool sendsForms)
    {
        var status = from;
        var machine = RequestLifecycle.Create(() => status, s => status = s, () => RequestStatus.ProposalReady, () => sendsForms);

        machine.Fire(trigger);

        status.ShouldBe(to);
    }

    [Theory]
    [MemberData(nameof(PermittedByStatus))]
    public void CanFire_ForATypeSendingForms_AllowsExactlyTheseTriggers(RequestStatus status, RequestTrigger[] expected)
    {
        var machine = RequestLifecycle.Create(() => status, _ => { }, () => RequestStatus.Received, () => true);

        Enum.GetValues<RequestTrigger>().Where(machine.CanFire).ShouldBe(expected, ignoreOrder: true);
    }

    [Theory]
    [InlineData(RequestStatus.Granted)]
    [InlineData(RequestStatus.Refused)]
    public void CanFire_DecidedTypeWithoutForms_ClosesInsteadOfSending(RequestStatus status)
    {
        var machine = RequestLifecycle.Create(() => status, _ => { }, () => RequestStatus.Received, () => false);

        machine.CanFire(RequestTrigger.Close).ShouldBeTrue();
        machine.CanFire(RequestTrigger.SendForms).ShouldBeFalse();
    }

    [Theory]
    [InlineData(RequestStatus.Received, RequestTrigger.Grant)]
    [InlineData(RequestStatus.UnderInvestigation, RequestTrigger.SubmitToCouncil)]
    [InlineData(RequestStatus.ProposalReady, RequestTrigger.SendForms)]
    [InlineData(RequestStatus.SubmittedToCouncil, RequestTrigger.Close)]
    [InlineData(RequestStatus.Granted, RequestTrigger.Withdraw)]
    [InlineData(RequestStatus.FormsSent, RequestTrigger.Revise)]
    [InlineData(RequestStatus.FormsSent, RequestTrigger.Close)]
    [InlineData(RequestStatus.AcceptedBySppIs, RequestTrigger.SendForms)]
    [InlineData(RequestStatus.Closed, RequestTrigger.StartInvestigation)]
    [InlineData(RequestStatus.Suspended, RequestTrigger.Grant)]
    [InlineData(RequestStatus.Withdrawn, RequestTrigger.Resume)]
    public void Fire_ForbiddenTransition_ThrowsNamingStatusAndTrigger(RequestStatus from, RequestTrigger trigger)
    {
        var status = from;
        var machine = RequestLifecycle.Create(() => status, s => status = s, () => RequestStatus.Received, () => true);

        var error = Should.Throw<InvalidRequestTransitionException>(() => machine.Fire(trigger));

        error.Status.ShouldBe(from);
        error.Trigger.ShouldBe(trigger);
        error.Message.ShouldStartWith($"A request in status {from} cannot take the trigger {trigger}.");
        status.ShouldBe(from);
    }

    [Fact]
    public void Fire_GrantOnAReceivedRequest_ListsTheAllowedTriggers()
    {
        var status = RequestStatus.Received;
        var machine = RequestLifecycle.Create(() => status, s => status = s, () => RequestStatus.Received, () => true);

        var error = Should.Throw<InvalidRequestTransitionException>(() => machine.Fire(RequestTrigger.Grant));

        error.Message.ShouldBe("A request in status Received cannot take the trigger Grant. Allowed now: StartInvestigation, Withdraw, Suspend.");
        error.Permitted.ShouldBe([RequestTrigger.StartInvestigation, RequestTrigger.Withdraw, RequestTrigger.Suspend]);
    }

    [Fact]
    public void Fire_OnAWithdrawnRequest_SaysTheStatusIsFinal()
    {
        var status = RequestStatus.Withdrawn;
        var machine = RequestLifecycle.Create(() => status, s => status = s, () => RequestStatus.Received, () => true);

        Should.Throw<InvalidRequestTransitionException>(() => machine.Fire(RequestTrigger.Revise))
            .Message.ShouldBe("A request in status Withdrawn cannot take the trigger Revise. Allowed now: none (final status).");
    }

    [Fact]
    public void Fire_SendFormsForATypeWithoutForms_NamesTheUnmetCondition()
    {
        var status = RequestStatus.Granted;
        var machine = RequestLifecycle.Create(() => status, s => status = s, () => RequestStatus.Received, () => false);

        var error = Should.Throw<InvalidRequestTransitionException>(() => machine.Fire(RequestTrigger.SendForms));

        error.UnmetConditions.ShouldBe(["type sends forms to SPP-IS"]);
        error.Message.ShouldBe(
            "A request in status Granted cannot take the trigger SendForms (condition not met: type sends forms to SPP-IS). Allowed now: Close, Revise.");
    }

    [Theory]
    [InlineData(RequestType.Dis, true)]
    [InlineData(RequestType.EquivalentRis, true)]
    [InlineData(RequestType.Loi65, true)]
    [InlineData(RequestType.HeatingAllowance, true)]
    [InlineData(RequestType.Recovery, true)]
    [InlineData(RequestType.OtherAid, false)]
    public void SendsFormsToSppIs_PerType_IsFalseOnlyForOtherAid(RequestType type, bool expected)
    {
        RequestLifecycle.SendsFormsToSppIs(type).ShouldBe(expected);
    }
}
