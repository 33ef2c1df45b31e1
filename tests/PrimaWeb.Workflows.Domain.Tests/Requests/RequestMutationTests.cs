using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using static PrimaWeb.Workflows.Domain.Tests.Samples;

namespace PrimaWeb.Workflows.Domain.Tests.Requests;

/// <summary>The Council's decisions on a running grant: suspension, withdrawal, resumption and revision.</summary>
public class RequestMutationTests
{
    private static readonly DateOnly Today = D(27, 11, 2026);
    private static readonly DecisionTerms Terms = new(RisCategory.Isolated, 1314.20m, D(3, 3, 2025), D(2, 3, 2026));

    [Fact]
    public void SuspendGrant_RunningGrant_RecordsTheSuspensionWithItsPeriodAndSuspendsTheRequest()
    {
        var request = Accepted();

        var decision = request.SuspendGrant(D(10, 6, 2025), D(1, 7, 2025), D(31, 7, 2025), Today, "Refus de collaborer au PIIS.");

        decision.Outcome.ShouldBe(DecisionOutcome.Suspended);
        decision.DecidedOn.ShouldBe(D(10, 6, 2025));
        decision.EffectiveFrom.ShouldBe(D(1, 7, 2025));
        decision.EffectiveUntil.ShouldBe(D(31, 7, 2025));
        decision.Terms.ShouldBeNull();
        request.Status.ShouldBe(RequestStatus.Suspended);
        request.SuspendedFrom.ShouldBe(RequestStatus.AcceptedBySppIs);
        request.LatestDecision.ShouldBe(decision);
        request.CurrentGrant.ShouldBe(request.Decisions[0]);
    }

    [Fact]
    public void SuspendGrant_WithoutEffectiveDate_IsRefusedNamingTheField()
    {
        var request = Accepted();

        var error = Should.Throw<DomainValidationException>(() => request.SuspendGrant(D(10, 6, 2025), null, null, Today, null));

        error.Field.ShouldBe("EffectiveFrom");
        error.Message.ShouldBe("The suspension needs the day it takes effect (effective date).");
        request.Status.ShouldBe(RequestStatus.AcceptedBySppIs);
        request.Decisions.Count.ShouldBe(1);
    }

    [Fact]
    public void SuspendGrant_BeforeTheGrantsStart_IsRefused()
    {
        var request = Accepted();

        var error = Should.Throw<DomainValidationException>(() => request.SuspendGrant(D(10, 6, 2025), D(2, 3, 2025), null, Today, null));

        error.Field.ShouldBe("EffectiveFrom");
        error.Message.ShouldBe("The suspension cannot take effect on 02/03/2025, before the start of the current grant on 03/03/2025.");
    }

    [Fact]
    public void SuspendGrant_EndingBeforeItStarts_IsRefusedNamingTheEnd()
    {
        var request = Accepted();

        var error = Should.Throw<DomainValidationException>(() => request.SuspendGrant(D(10, 6, 2025), D(1, 7, 2025), D(30, 6, 2025), Today, null));

        error.Field.ShouldBe("EffectiveUntil");
        error.Message.ShouldBe("The suspension cannot end on 30/06/2025, before it starts on 01/07/2025.");
    }

    [Fact]
    public void SuspendGrant_WithoutAGrant_IsRefused()
    {
        var request = new Request(Tenant, Guid.NewGuid(), RequestType.Dis, D(3, 3, 2025), Today);

        Should.Throw<DomainValidationException>(() => request.SuspendGrant(D(10, 6, 2025), D(1, 7, 2025), null, Today, null))
            .Message.ShouldBe("The request has no granted aid in force: there is nothing for a suspension to end.");
        request.Status.ShouldBe(RequestStatus.Received);
    }

    [Fact]
    public void SuspendGrant_DecidedBeforeTheGrant_IsRefusedLikeAnyDecision()
    {
        var request = Accepted();

        Should.Throw<DomainValidationException>(() => request.SuspendGrant(D(24, 3, 2025), D(1, 7, 2025), null, Today, null))
            .Message.ShouldBe("The decision date 24/03/2025 is before the previous decision of 25/03/2025.");
    }

    [Fact]
    public void WithdrawGrant_RunningGrant_RecordsTheWithdrawalAndEndsTheRequest()
    {
        var request = Accepted();

        var decision = request.WithdrawGrant(D(10, 6, 2025), D(30, 6, 2025), Today, "Ressources non déclarées.");

        decision.Outcome.ShouldBe(DecisionOutcome.Withdrawn);
        decision.EffectiveFrom.ShouldBe(D(30, 6, 2025));
        decision.Motivation.ShouldBe("Ressources non déclarées.");
        request.Status.ShouldBe(RequestStatus.Withdrawn);
        request.CurrentGrant.ShouldBeNull();
        request.PermittedTriggers.ShouldBeEmpty();
    }

    [Fact]
    public void WithdrawGrant_BeforeTheGrantsStart_IsRefused()
    {
        var request = Accepted();

        var error = Should.Throw<DomainValidationException>(() => request.WithdrawGrant(D(10, 6, 2025), D(1, 1, 2025), Today, null));

        error.Field.ShouldBe("EffectiveFrom");
        error.Message.ShouldBe("The withdrawal cannot take effect on 01/01/2025, before the start of the current grant on 03/03/2025.");
        request.Status.ShouldBe(RequestStatus.AcceptedBySppIs);
    }

    [Fact]
    public void WithdrawGrant_WhileSuspended_EndsTheSuspendedGrant()
    {
        var request = Accepted();
        request.SuspendGrant(D(10, 6, 2025), D(1, 7, 2025), null, Today, null);

        request.WithdrawGrant(D(1, 8, 2025), D(1, 8, 2025), Today, "Pas de reprise de contact.");

        request.Decisions.Select(d => d.Outcome).ShouldBe([DecisionOutcome.Granted, DecisionOutcome.Suspended, DecisionOutcome.Withdrawn]);
        request.Status.ShouldBe(RequestStatus.Withdrawn);
        request.SuspendedFrom.ShouldBeNull();
    }

    [Fact]
    public void ResumeGrant_AfterASuspension_PaysTheGrantAgainFromItsDayAndReturnsToTheStatusItLeft()
    {
        var request = Accepted();
        request.SuspendGrant(D(10, 6, 2025), D(1, 7, 2025), D(31, 7, 2025), Today, null);

        var decision = request.ResumeGrant(D(28, 7, 2025), D(1, 8, 2025), Today, "Collabore de nouveau.");

        decision.Outcome.ShouldBe(DecisionOutcome.Resumed);
        decision.EffectiveFrom.ShouldBe(D(1, 8, 2025));
        decision.Terms.ShouldBe(new DecisionTerms(RisCategory.Isolated, 1314.20m, D(1, 8, 2025), D(2, 3, 2026)));
        request.Status.ShouldBe(RequestStatus.AcceptedBySppIs);
        request.SuspendedFrom.ShouldBeNull();
        request.CurrentGrant.ShouldBe(request.Decisions[0]);
    }

    [Fact]
    public void ResumeGrant_BeforeTheSuspension_IsRefused()
    {
        var request = Accepted();
        request.SuspendGrant(D(10, 6, 2025), D(1, 7, 2025), null, Today, null);

        var error = Should.Throw<DomainValidationException>(() => request.ResumeGrant(D(28, 7, 2025), D(30, 6, 2025), Today, null));

        error.Field.ShouldBe("EffectiveFrom");
        error.Message.ShouldBe("The resumption cannot take effect on 30/06/2025, before the suspension of 01/07/2025.");
        request.Status.ShouldBe(RequestStatus.Suspended);
    }

    [Fact]
    public void ResumeGrant_AfterTheGrantsEnd_IsRefused()
    {
        var request = Accepted();
        request.SuspendGrant(D(10, 6, 2025), D(1, 7, 2025), null, Today, null);

        Should.Throw<DomainValidationException>(() => request.ResumeGrant(D(28, 7, 2025), D(3, 3, 2026), Today, null))
            .Message.ShouldBe("The resumption cannot take effect on 03/03/2026, after the end of the grant on 02/03/2026.");
    }

    [Fact]
    public void ResumeGrant_WithoutEffectiveDate_IsRefusedNamingTheField()
    {
        var request = Accepted();
        request.SuspendGrant(D(10, 6, 2025), D(1, 7, 2025), null, Today, null);

        Should.Throw<DomainValidationException>(() => request.ResumeGrant(D(28, 7, 2025), null, Today, null)).Field.ShouldBe("EffectiveFrom");
    }

    [Fact]
    public void ResumeGrant_NotSuspended_IsAForbiddenTransition()
    {
        var request = Accepted();

        Should.Throw<InvalidRequestTransitionException>(() => request.ResumeGrant(D(28, 7, 2025), D(1, 8, 2025), Today, null))
            .Trigger.ShouldBe(RequestTrigger.Resume);
    }

    [Fact]
    public void ResumeGrant_HandlingPausedBeforeAnyDecision_IsRefused()
    {
        var request = new Request(Tenant, Guid.NewGuid(), RequestType.Dis, D(3, 3, 2025), Today);
        request.Suspend();

        Should.Throw<DomainValidationException>(() => request.ResumeGrant(D(28, 7, 2025), D(1, 8, 2025), Today, null))
            .Message.ShouldBe("The request is not suspended by a decision of the Council: there is no suspended aid to resume.");
    }

    [Fact]
    public void Grant_AfterRevise_IsARevisionWithTheNewTermsThatBecomesTheCurrentGrant()
    {
        var request = Accepted();
        request.Revise();
        request.PrepareProposal();
        request.SubmitToCouncil();

        var revision = request.Grant(D(15, 9, 2025), new DecisionTerms(RisCategory.Isolated, 900m, D(1, 9, 2025), D(2, 3, 2026)), Today, "Nouveau salaire.");

        revision.Outcome.ShouldBe(DecisionOutcome.Granted);
        request.Revises(revision).ShouldBeTrue();
        request.Revises(request.Decisions[0]).ShouldBeFalse();
        request.CurrentGrant.ShouldBe(revision);
        request.CurrentGrant!.Terms!.MonthlyAmount.ShouldBe(900m);
        request.Status.ShouldBe(RequestStatus.Granted);
    }

    private static Request Accepted()
    {
        var request = new Request(Tenant, Guid.NewGuid(), RequestType.Dis, D(3, 3, 2025), Today);
        request.StartInvestigation();
        request.PrepareProposal();
        request.SubmitToCouncil();
        request.Grant(D(25, 3, 2025), Terms, Today);
        request.RecordFormsSent(D(2, 4, 2025), Today);
        request.RecordSppIsAcceptance();
        return request;
    }
}
