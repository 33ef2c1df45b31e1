using PrimaWeb.Workflows.Activities.SppIs;
using PrimaWeb.Workflows.Domain.Calculations.A036;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Tests.SppIs;

public sealed class FormTypesTests
{
    private static readonly DateOnly Received = new(2026, 2, 2);
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory]
    [InlineData(RequestType.Dis, SppIsFormType.DisGrant)]
    [InlineData(RequestType.EquivalentRis, SppIsFormType.Loi65AB)]
    public void A_first_grant_sends_form_B_or_the_Loi_65_forms_A_and_B1(RequestType type, SppIsFormType expected)
    {
        var request = Submitted(type);
        var grant = request.Grant(Today, new DecisionTerms(RisCategory.Isolated, 800m, Received), Today);

        FormTypes.For(request, grant).ShouldBe(expected);
    }

    [Theory]
    [InlineData(RequestType.Dis, SppIsFormType.DisRefusal)]
    [InlineData(RequestType.EquivalentRis, null)]
    public void A_first_refusal_sends_form_C_for_the_DIS_and_nothing_under_Loi_65(RequestType type, SppIsFormType? expected)
    {
        var request = Submitted(type);
        var refusal = request.Refuse(Today, Today, "Ressources suffisantes.");

        FormTypes.For(request, refusal).ShouldBe(expected);
    }

    [Theory]
    [InlineData(RequestType.Dis, SppIsFormType.DisRevision, SppIsFormType.DisWithdrawal)]
    [InlineData(RequestType.EquivalentRis, SppIsFormType.Loi65AB, SppIsFormType.Loi65C)]
    public void After_a_grant_a_new_grant_revises_it_and_a_refusal_ends_it(RequestType type, SppIsFormType afterGrant, SppIsFormType afterRefusal)
    {
        var request = Submitted(type);
        request.Grant(Received.AddDays(20), new DecisionTerms(RisCategory.Isolated, 800m, Received), Today);
        Resubmit(request);
        var revision = request.Grant(Received.AddDays(25), new DecisionTerms(RisCategory.Isolated, 750m, Received.AddDays(25)), Today);
        FormTypes.For(request, revision).ShouldBe(afterGrant);

        Resubmit(request);
        var withdrawal = request.Refuse(Today, Today, "Reprise du travail.");
        FormTypes.For(request, withdrawal).ShouldBe(afterRefusal);
    }

    [Fact]
    public void A_DIS_grant_for_a_new_period_after_a_fixed_term_grant_ended_sends_form_B_PROLONGATION_and_a_change_within_it_REVISION()
    {
        var request = Submitted(RequestType.Dis);
        request.Grant(Received.AddDays(20), new DecisionTerms(RisCategory.Isolated, 800m, Received, until: D(2026, 8, 31)), Today);
        Resubmit(request);
        var withinPeriod = request.Grant(Received.AddDays(25), new DecisionTerms(RisCategory.Isolated, 750m, D(2026, 5, 1), until: D(2026, 8, 31)), Today);
        FormTypes.For(request, withinPeriod).ShouldBe(SppIsFormType.DisRevision);

        Resubmit(request);
        var nextPeriod = request.Grant(D(2026, 8, 20), new DecisionTerms(RisCategory.Isolated, 750m, D(2026, 9, 1), until: D(2027, 2, 28)), Today2);
        FormTypes.For(request, nextPeriod).ShouldBe(SppIsFormType.DisProlongation);
        FormTypes.A036For(request, nextPeriod).ShouldBe(SppIsFormType.A036Modify, "the attested period is extended");
    }

    [Theory]
    [InlineData(RequestType.Dis, SppIsFormType.DisSuspension, SppIsFormType.DisRevision, SppIsFormType.DisWithdrawal)]
    [InlineData(RequestType.EquivalentRis, SppIsFormType.Loi65C, SppIsFormType.Loi65AB, SppIsFormType.Loi65C)]
    public void The_Councils_suspension_resumption_and_withdrawal_each_send_their_form(
        RequestType type, SppIsFormType suspension, SppIsFormType resumption, SppIsFormType withdrawal)
    {
        var request = Accepted(type);

        var suspended = request.SuspendGrant(D(2026, 4, 1), D(2026, 4, 1), D(2026, 4, 30), Today2, "PIIS.");
        FormTypes.For(request, suspended).ShouldBe(suspension);
        FormTypes.A036For(request, suspended).ShouldBeNull();
        var resumed = request.ResumeGrant(D(2026, 5, 1), D(2026, 5, 1), Today2, null);
        FormTypes.For(request, resumed).ShouldBe(resumption);
        FormTypes.A036For(request, resumed).ShouldBeNull();
        var withdrawn = request.WithdrawGrant(D(2026, 6, 1), D(2026, 6, 30), Today2, "Reprise du travail.");
        FormTypes.For(request, withdrawn).ShouldBe(withdrawal);
        FormTypes.A036For(request, withdrawn).ShouldBe(SppIsFormType.A036Modify);
    }

    [Fact]
    public void A036_is_created_by_a_first_grant_modified_by_a_revision_and_cancelled_by_a_withdrawal_from_the_first_day()
    {
        var request = Accepted(RequestType.Dis);
        FormTypes.A036For(request, request.Decisions[0]).ShouldBe(SppIsFormType.A036Create);
        request.Revise();
        request.PrepareProposal();
        request.SubmitToCouncil();
        var revision = request.Grant(D(2026, 4, 1), new DecisionTerms(RisCategory.Isolated, 700m, Received), Today2);
        FormTypes.A036For(request, revision).ShouldBe(SppIsFormType.A036Modify);
        request.RecordFormsSent(D(2026, 4, 2), Today2);
        request.RecordSppIsAcceptance();

        var withdrawn = request.WithdrawGrant(D(2026, 6, 1), Received, Today2, "Fraude.");

        FormTypes.A036For(request, withdrawn).ShouldBe(SppIsFormType.A036Cancel);
        FormTypes.FirstGrantStart(request).ShouldBe(Received);
    }

    [Fact]
    public void A036_is_ended_by_a_refusal_after_a_revision_and_cancelled_when_the_refusal_reaches_the_first_day()
    {
        var request = Accepted(RequestType.Dis);
        request.Revise();
        request.PrepareProposal();
        request.SubmitToCouncil();

        var refusal = request.Refuse(D(2026, 4, 1), Today2, "Ressources suffisantes.");

        FormTypes.A036For(request, refusal).ShouldBe(SppIsFormType.A036Modify);
        FormTypes.AidStopsOn(refusal).ShouldBe(D(2026, 4, 1));
        var later = Submitted(RequestType.Dis);
        later.Grant(Today, new DecisionTerms(RisCategory.Isolated, 800m, D(2026, 5, 1)), Today2);
        later.RecordFormsSent(Today, Today2);
        later.RecordSppIsAcceptance();
        later.Revise();
        later.PrepareProposal();
        later.SubmitToCouncil();
        FormTypes.A036For(later, later.Refuse(D(2026, 4, 1), Today2)).ShouldBe(SppIsFormType.A036Cancel, "refused before the aid's first day: no day is left to attest");
        FormTypes.A036For(Submitted(RequestType.Dis), Submitted(RequestType.Dis).Refuse(Today, Today2)).ShouldBeNull("a first refusal has no A036");
    }

    [Theory]
    [InlineData(A036OnSuspension.Unchanged, null, null)]
    [InlineData(A036OnSuspension.EndAtSuspension, SppIsFormType.A036Modify, SppIsFormType.A036Create)]
    public void A036_follows_a_suspension_and_its_resumption_as_the_reference_data_says(A036OnSuspension rule, SppIsFormType? onSuspension, SppIsFormType? onResumption)
    {
        var request = Accepted(RequestType.EquivalentRis);

        var suspended = request.SuspendGrant(D(2026, 4, 1), D(2026, 4, 1), D(2026, 4, 30), Today2, "PIIS.");
        FormTypes.A036For(request, suspended, rule).ShouldBe(onSuspension);
        var resumed = request.ResumeGrant(D(2026, 5, 1), D(2026, 5, 1), Today2, null);
        FormTypes.A036For(request, resumed, rule).ShouldBe(onResumption);
    }

    private static readonly DateOnly Today2 = new(2026, 11, 27);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static Request Accepted(RequestType type)
    {
        var request = Submitted(type);
        request.Grant(Today, new DecisionTerms(RisCategory.Isolated, 800m, Received), Today2);
        request.RecordFormsSent(Today, Today2);
        request.RecordSppIsAcceptance();
        return request;
    }

    private static Request Submitted(RequestType type)
    {
        var request = new Request("cpas-namur", Guid.NewGuid(), type, Received, Today);
        request.StartInvestigation();
        request.PrepareProposal();
        request.SubmitToCouncil();
        return request;
    }

    private static void Resubmit(Request request)
    {
        request.Revise();
        request.PrepareProposal();
        request.SubmitToCouncil();
    }
}
