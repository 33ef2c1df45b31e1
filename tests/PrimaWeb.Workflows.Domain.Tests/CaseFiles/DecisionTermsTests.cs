using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using static PrimaWeb.Workflows.Domain.Tests.Samples;

namespace PrimaWeb.Workflows.Domain.Tests.CaseFiles;

public class DecisionTermsTests
{
    private static readonly DateOnly Today = D(27, 11, 2026);

    [Fact]
    public void Grant_WithTerms_RecordsThemAndStartsTheAidOnTheirFirstDay()
    {
        var request = CouncilRequest();

        var decision = request.Grant(D(20, 11, 2026), new DecisionTerms(RisCategory.Isolated, 1314.20m, D(3, 11, 2026), D(31, 10, 2027)), Today);

        decision.Outcome.ShouldBe(DecisionOutcome.Granted);
        decision.EffectiveFrom.ShouldBe(D(3, 11, 2026));
        decision.Terms!.MonthlyAmount.ShouldBe(1314.20m);
        decision.Terms.Until.ShouldBe(D(31, 10, 2027));
        request.Status.ShouldBe(RequestStatus.Granted);
    }

    [Fact]
    public void New_TermsEndingBeforeTheyStart_AreRefused()
    {
        Should.Throw<DomainValidationException>(() => new DecisionTerms(RisCategory.Isolated, 100m, D(3, 11, 2026), D(2, 11, 2026)))
            .Field.ShouldBe("Until");
    }

    [Fact]
    public void New_NegativeAmount_IsRefused()
    {
        Should.Throw<DomainValidationException>(() => new DecisionTerms(RisCategory.Cohabitant, -1m, D(3, 11, 2026)))
            .Field.ShouldBe("MonthlyAmount");
    }

    [Fact]
    public void AttachWorkflow_SecondInstance_IsRefused()
    {
        var request = new Request(Tenant, Guid.NewGuid(), RequestType.Dis, Today, Today);
        var instance = Guid.NewGuid();
        request.AttachWorkflow(instance);
        request.AttachWorkflow(instance);

        Should.Throw<DomainValidationException>(() => request.AttachWorkflow(Guid.NewGuid())).Field.ShouldBe("WorkflowInstanceId");
        request.WorkflowInstanceId.ShouldBe(instance);
    }

    [Fact]
    public void SocialReport_ProposalToGrantWithoutTerms_IsRefused()
    {
        Should.Throw<DomainValidationException>(() => new SocialReport(
            Tenant, Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow, "namur-social-worker", "Report", DecisionOutcome.Granted, null, null))
            .Field.ShouldBe("Terms");
    }

    [Fact]
    public void SocialReport_ForAnAidOutsideTheRisProposingToGrant_NeedsNoRisTerms()
    {
        var report = SocialReport.ForAid(
            Tenant, Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow, "namur-social-worker", "Loyer impayé après une hospitalisation.", DecisionOutcome.Granted, "Aide ponctuelle.");

        report.Proposal.ShouldBe(DecisionOutcome.Granted);
        report.Terms.ShouldBeNull();
        report.Motivation.ShouldBe("Aide ponctuelle.");
    }

    private static Request CouncilRequest()
    {
        var request = new Request(Tenant, Guid.NewGuid(), RequestType.Dis, D(3, 11, 2026), Today);
        request.StartInvestigation();
        request.PrepareProposal();
        request.SubmitToCouncil();
        return request;
    }
}
