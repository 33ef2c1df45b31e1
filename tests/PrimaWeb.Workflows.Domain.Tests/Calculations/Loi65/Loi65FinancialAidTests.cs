using PrimaWeb.Workflows.Domain.Calculations.Loi65;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Domain.Tests.Calculations.Loi65;

/// <summary>The financial aid a form D1 claims for one month, from the request's decisions.</summary>
public class Loi65FinancialAidTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    [Fact]
    public void OfMonth_GrantStartingMidMonth_ClaimsTheDaysFromItsStart()
    {
        var request = Granted(new DecisionTerms(RisCategory.Isolated, 1_400m, D(15, 2, 2025)));

        Loi65FinancialAid.OfMonth(request, D(1, 1, 2025)).Amount.ShouldBe(0m);
        Loi65FinancialAid.OfMonth(request, D(1, 2, 2025)).Amount.ShouldBe(700m, "14 of 28 days");
        var (amount, grant) = Loi65FinancialAid.OfMonth(request, D(1, 3, 2025));
        amount.ShouldBe(1_400m);
        grant.ShouldBe(request.CurrentGrant);
    }

    [Fact]
    public void OfMonth_SuspensionOverPartOfTheMonth_ClaimsOnlyTheOtherDays_AndAResumptionPaysAgain()
    {
        var request = Granted(new DecisionTerms(RisCategory.Isolated, 3_000m, D(1, 3, 2025)));
        request.SuspendGrant(D(5, 4, 2025), D(11, 4, 2025), null, Today, "PIIS.");
        request.ResumeGrant(D(20, 4, 2025), D(21, 4, 2025), Today, "Reprise.");

        Loi65FinancialAid.OfMonth(request, D(1, 4, 2025)).Amount.ShouldBe(2_000m, "10 suspended days of 30");
        Loi65FinancialAid.OfMonth(request, D(1, 5, 2025)).Amount.ShouldBe(3_000m);
    }

    [Fact]
    public void OfMonth_Withdrawal_StopsTheAidFromItsDay_AndARevisionPaysItsAmountFromItsStart()
    {
        var request = Granted(new DecisionTerms(RisCategory.Isolated, 3_100m, D(1, 3, 2025)));
        request.Revise();
        request.PrepareProposal();
        request.SubmitToCouncil();
        request.Grant(D(10, 5, 2025), new DecisionTerms(RisCategory.Isolated, 1_550m, D(16, 5, 2025)), Today);
        request.RecordFormsSent(D(12, 5, 2025), Today);
        request.RecordSppIsAcceptance();
        request.WithdrawGrant(D(2, 7, 2025), D(11, 7, 2025), Today, "Reprise du travail.");

        Loi65FinancialAid.OfMonth(request, D(1, 5, 2025)).Amount.ShouldBe(2_300m, "15 days at 3,100 and 16 days at 1,550, of 31: 1,500 + 800");
        Loi65FinancialAid.OfMonth(request, D(1, 7, 2025)).Amount.ShouldBe(500m, "10 days of 31 at 1,550");
        Loi65FinancialAid.OfMonth(request, D(1, 8, 2025)).Amount.ShouldBe(0m);
    }

    private static Request Granted(DecisionTerms terms)
    {
        var request = new Request("cpas-a", Guid.NewGuid(), RequestType.EquivalentRis, terms.From, Today);
        request.StartInvestigation();
        request.PrepareProposal();
        request.SubmitToCouncil();
        request.Grant(terms.From.AddDays(10), terms, Today);
        request.RecordFormsSent(terms.From.AddDays(12), Today);
        request.RecordSppIsAcceptance();
        return request;
    }

    private static DateOnly D(int day, int month, int year) => new(year, month, day);
}
