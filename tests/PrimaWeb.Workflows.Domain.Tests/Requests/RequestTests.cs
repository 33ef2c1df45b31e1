using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using static PrimaWeb.Workflows.Domain.Tests.Samples;

namespace PrimaWeb.Workflows.Domain.Tests.Requests;

public class RequestTests
{
    private static readonly DateOnly Today = D(27, 11, 2026);
    private static readonly Guid CaseId = Guid.NewGuid();

    [Fact]
    public void Constructor_ReceptionDateInTheFuture_IsRefusedWithTheDates()
    {
        var error = Should.Throw<DomainValidationException>(
            () => new Request(Tenant, CaseId, RequestType.Dis, receivedOn: D(28, 11, 2026), today: Today));

        error.Field.ShouldBe("ReceivedOn");
        error.Message.ShouldBe("The reception date 28/11/2026 is in the future (today is 27/11/2026).");
        error.Code.ShouldBe(RuleCodes.InFuture);
        error.Arguments.ShouldBe([D(28, 11, 2026), Today]);
    }

    [Fact]
    public void Constructor_ReceptionDateBefore1900_IsRefusedAsImplausibleWithTheSpan()
    {
        var error = Should.Throw<DomainValidationException>(
            () => new Request(Tenant, CaseId, RequestType.Dis, receivedOn: D(1, 1, 1), today: Today));

        (error.Field, error.Code).ShouldBe(("ReceivedOn", RuleCodes.ImplausibleDate));
        error.Arguments.ShouldBe([D(1, 1, 1), D(1, 1, 1900), D(27, 11, 2036)]);
    }

    [Fact]
    public void Constructor_ReceivedToday_StartsReceived()
    {
        var request = new Request(Tenant, CaseId, RequestType.Dis, Today, Today);

        request.Status.ShouldBe(RequestStatus.Received);
        request.ReceivedOn.ShouldBe(Today);
        request.Decisions.ShouldBeEmpty();
        request.PermittedTriggers.ShouldBe([RequestTrigger.StartInvestigation, RequestTrigger.Withdraw, RequestTrigger.Suspend]);
    }

    [Fact]
    public void Constructor_MissingCaseOrUnknownType_IsRefused()
    {
        Should.Throw<DomainValidationException>(() => new Request(Tenant, Guid.Empty, RequestType.Dis, Today, Today)).Field.ShouldBe("CaseId");
        Should.Throw<DomainValidationException>(() => new Request(Tenant, CaseId, (RequestType)99, Today, Today)).Field.ShouldBe("Type");
    }

    [Fact]
    public void Lifecycle_DisGrantedAndAccepted_EndsClosedWithItsDecision()
    {
        var request = new Request(Tenant, CaseId, RequestType.Dis, D(3, 3, 2025), Today);

        request.StartInvestigation();
        request.PrepareProposal();
        request.SubmitToCouncil();
        var decision = request.Grant(D(25, 3, 2025), effectiveFrom: D(3, 3, 2025), today: Today, motivation: "Conditions met.");
        request.RecordFormsSent(D(2, 4, 2025), Today);
        request.RecordSppIsAcceptance();
        request.Close();

        request.Status.ShouldBe(RequestStatus.Closed);
        request.FormsSentOn.ShouldBe(D(2, 4, 2025));
        request.LatestDecision.ShouldBe(decision);
        decision.Outcome.ShouldBe(DecisionOutcome.Granted);
        decision.DecidedOn.ShouldBe(D(25, 3, 2025));
        decision.EffectiveFrom.ShouldBe(D(3, 3, 2025));
        decision.Motivation.ShouldBe("Conditions met.");
    }

    [Fact]
    public void Revise_AfterAGrant_KeepsEarlierDecisionsAndAddsTheNewOne()
    {
        var request = Decided(RequestType.Dis);
        request.RecordFormsSent(D(2, 4, 2025), Today);
        request.RecordSppIsAcceptance();

        request.Revise();
        request.Status.ShouldBe(RequestStatus.UnderInvestigation);
        request.PrepareProposal();
        request.SubmitToCouncil();
        request.Refuse(D(20, 6, 2025), Today, "Resources above the RIS.");

        request.Decisions.Select(d => d.Outcome).ShouldBe([DecisionOutcome.Granted, DecisionOutcome.Refused]);
        request.Status.ShouldBe(RequestStatus.Refused);
    }

    [Fact]
    public void Grant_DecisionInTheFuture_IsRefusedAndStatusUnchanged()
    {
        var request = AtCouncil(RequestType.Dis);

        var error = Should.Throw<DomainValidationException>(() => request.Grant(D(28, 11, 2026), D(1, 11, 2026), Today));

        error.Message.ShouldBe("The decision date 28/11/2026 is in the future (today is 27/11/2026).");
        request.Status.ShouldBe(RequestStatus.SubmittedToCouncil);
        request.Decisions.ShouldBeEmpty();
    }

    [Fact]
    public void Grant_DecisionBeforeReception_IsRefused()
    {
        var request = AtCouncil(RequestType.Dis);

        Should.Throw<DomainValidationException>(() => request.Grant(D(2, 3, 2025), D(1, 3, 2025), Today))
            .Message.ShouldBe("The decision date 02/03/2025 is before the reception of the request on 03/03/2025.");
    }

    [Fact]
    public void Refuse_BeforeThePreviousDecision_IsRefused()
    {
        var request = Decided(RequestType.OtherAid);
        request.Revise();
        request.PrepareProposal();
        request.SubmitToCouncil();

        Should.Throw<DomainValidationException>(() => request.Refuse(D(24, 3, 2025), Today))
            .Message.ShouldBe("The decision date 24/03/2025 is before the previous decision of 25/03/2025.");
    }

    [Fact]
    public void Grant_OnAReceivedRequest_ReportsTheForbiddenTransitionEvenWithBadDates()
    {
        var request = new Request(Tenant, CaseId, RequestType.Dis, D(3, 3, 2025), Today);

        var error = Should.Throw<InvalidRequestTransitionException>(() => request.Grant(D(1, 1, 2030), D(1, 1, 2030), Today));

        error.Status.ShouldBe(RequestStatus.Received);
        error.Trigger.ShouldBe(RequestTrigger.Grant);
    }

    [Fact]
    public void RecordFormsSent_BeforeTheDecision_IsRefused()
    {
        var request = Decided(RequestType.Dis);

        Should.Throw<DomainValidationException>(() => request.RecordFormsSent(D(24, 3, 2025), Today))
            .Message.ShouldBe("The forms cannot be sent on 24/03/2025, before the decision of 25/03/2025.");
        request.Status.ShouldBe(RequestStatus.Granted);
    }

    [Fact]
    public void RecordSppIsRejection_ThenResend_WaitsForANewAnswer()
    {
        var request = Decided(RequestType.Dis);
        request.RecordFormsSent(D(2, 4, 2025), Today);

        request.RecordSppIsRejection();
        request.RecordFormsSent(D(10, 4, 2025), Today);

        request.Status.ShouldBe(RequestStatus.FormsSent);
        request.FormsSentOn.ShouldBe(D(10, 4, 2025));
    }

    [Fact]
    public void Close_OtherAidRightAfterTheDecision_IsAllowed()
    {
        var request = Decided(RequestType.OtherAid);

        request.Close();

        request.Status.ShouldBe(RequestStatus.Closed);
    }

    [Fact]
    public void Close_DisBeforeFormsWereSent_IsRefused()
    {
        var request = Decided(RequestType.Dis);

        Should.Throw<InvalidRequestTransitionException>(request.Close)
            .UnmetConditions.ShouldBe(["type sends no form to SPP-IS"]);
    }

    [Fact]
    public void Resume_AfterSuspension_ReturnsToTheStatusItLeft()
    {
        var request = new Request(Tenant, CaseId, RequestType.Loi65, D(3, 3, 2025), Today);
        request.StartInvestigation();
        request.PrepareProposal();

        request.Suspend();
        request.Status.ShouldBe(RequestStatus.Suspended);
        request.SuspendedFrom.ShouldBe(RequestStatus.ProposalReady);
        request.Resume();

        request.Status.ShouldBe(RequestStatus.ProposalReady);
        request.SuspendedFrom.ShouldBeNull();
    }

    [Fact]
    public void Withdraw_WhileSuspended_IsFinal()
    {
        var request = new Request(Tenant, CaseId, RequestType.HeatingAllowance, D(3, 3, 2025), Today);
        request.Suspend();

        request.Withdraw();

        request.Status.ShouldBe(RequestStatus.Withdrawn);
        request.SuspendedFrom.ShouldBeNull();
        request.PermittedTriggers.ShouldBeEmpty();
    }

    [Fact]
    public void Suspend_AfterTheDecision_IsRefused()
    {
        var request = Decided(RequestType.Dis);

        Should.Throw<InvalidRequestTransitionException>(request.Suspend);
        request.SuspendedFrom.ShouldBeNull();
    }

    private static Request AtCouncil(RequestType type)
    {
        var request = new Request(Tenant, CaseId, type, D(3, 3, 2025), Today);
        request.StartInvestigation();
        request.PrepareProposal();
        request.SubmitToCouncil();
        return request;
    }

    private static Request Decided(RequestType type)
    {
        var request = AtCouncil(type);
        request.Grant(D(25, 3, 2025), D(3, 3, 2025), Today);
        return request;
    }
}
