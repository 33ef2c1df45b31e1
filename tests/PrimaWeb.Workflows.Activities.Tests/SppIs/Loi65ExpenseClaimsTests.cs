using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities.SppIs;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Activities.Tests.Workflows;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.FederalServices.SppIs;
using PrimaWeb.Workflows.FederalServices.Transport;

namespace PrimaWeb.Workflows.Activities.Tests.SppIs;

/// <summary>The daily job that claims each ended month of an equivalent RIS on form D1 (loi65.md §2, deadlines.md D-10).</summary>
public sealed class Loi65ExpenseClaimsTests
{
    [Fact]
    public async Task An_ended_month_of_an_accepted_equivalent_RIS_is_claimed_once_with_its_aid_due_12_months_after_its_quarter()
    {
        await using var harness = await RequestHarness.StartAsync();
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 1, 9, 0, 0, TimeSpan.Zero));
        var scenario = await RequestScenario.GrantedAsync(harness, "equivalent-ris", RequestType.EquivalentRis);
        var monthly = scenario.Request.CurrentGrant!.Terms!.MonthlyAmount;
        var claims = harness.Services.GetRequiredService<Loi65ExpenseClaims>();

        (await claims.RunAsync(CancellationToken.None)).ShouldBe(0, "January has not ended");
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 2, 9, 0, 0, TimeSpan.Zero));
        var firstRun = await claims.RunAsync(CancellationToken.None);
        var secondRun = await claims.RunAsync(CancellationToken.None);

        firstRun.ShouldBe(1);
        secondRun.ShouldBe(0, "a month is claimed once");
        var claim = harness.CaseFile.Records.OfType<SppIsForm>().Where(f => f.RequestId == scenario.Request.Id && f.Type == SppIsFormType.Loi65D1).ShouldHaveSingleItem();
        claim.Status.ShouldBe(SppIsFormStatus.Sent);
        claim.DueOn.ShouldBe(new DateOnly(2028, 3, 31), "12 months from 31 March 2027, the end of the quarter of January (D-10)");
        claim.DecisionId.ShouldBe(scenario.Request.CurrentGrant!.Id);
        var d1 = JsonSerializer.Deserialize<Loi65DFRequest>(claim.ContentJson, FederalJson.Options)!.D1.ShouldNotBeNull();
        (d1.Year, d1.Month).ShouldBe((2027, 1));
        d1.FinancialAidAmount.ShouldBe(monthly, "the whole month at 100 %");
        d1.TotalAmount.ShouldBe(monthly);

        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        await harness.PollAnswersAsync();
        harness.CaseFile.Records.OfType<SppIsForm>().Single(f => f.Id == claim.Id).Status.ShouldBe(SppIsFormStatus.Accepted);
    }

    [Fact]
    public async Task A_refused_request_is_never_claimed()
    {
        await using var harness = await RequestHarness.StartAsync();
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 1, 9, 0, 0, TimeSpan.Zero));
        var scenario = await RequestScenario.ToCouncilAsync(harness, "equivalent-ris", RequestType.EquivalentRis);
        await harness.CompleteAsync("council-decision", RequestScenario.Council("Refused", harness.Today, motivation: "Ressources suffisantes."), RequestHarness.Manager);
        await harness.DeliverOutboxAsync();
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 2, 9, 0, 0, TimeSpan.Zero));

        (await harness.Services.GetRequiredService<Loi65ExpenseClaims>().RunAsync(CancellationToken.None)).ShouldBe(0);
        harness.CaseFile.Records.OfType<SppIsForm>().ShouldNotContain(f => f.RequestId == scenario.Request.Id && f.Type == SppIsFormType.Loi65D1);
    }
}
