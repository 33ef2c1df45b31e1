using PrimaWeb.Workflows.Activities.SppIs;
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
