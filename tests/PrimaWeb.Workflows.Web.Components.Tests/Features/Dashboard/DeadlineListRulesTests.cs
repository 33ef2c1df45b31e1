using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities.SppIs;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Domain.Tenants;
using PrimaWeb.Workflows.Web.Features.Dashboard;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Dashboard;

/// <summary>
/// Each deadline list of the dashboard against the worked examples of deadlines.md (D-1, D-3, D-4, D-7, D-8, D-12),
/// read through the real queries on the demo host's database with the default window of three days: not listed before
/// the window, due soon in it and on the due day, overdue the day after, gone once the step is done. Every test has its
/// own CPAS, so no other data shows.
/// </summary>
[Collection(DemoHostCollection.Name)]
public sealed class DeadlineListRulesTests(DemoHost host)
{
    private readonly string _tenant = $"cpas-rules-{Guid.NewGuid():N}"[..30];

    [Theory]
    [InlineData("2025-03-29", null)] // D-1: request of 03/03/2025, decision due 02/04/2025
    [InlineData("2025-03-30", DeadlineState.DueSoon)]
    [InlineData("2025-04-02", DeadlineState.DueSoon)]
    [InlineData("2025-04-03", DeadlineState.Overdue)]
    public async Task DecisionList_RequestOf3March2025_FallsDue2April(string today, DeadlineState? expected)
    {
        var file = await ArrangeAsync(RequestType.Dis, received: "2025-03-03");

        var row = await OnlyRowAsync(DeadlineRule.Decision, today);

        ((DeadlineState?)row?.State).ShouldBe(expected);
        if (row is not null)
        {
            row.DueOn.ShouldBe(Day("2025-04-02"));
            row.RunsFrom.ShouldBe(Day("2025-03-03"));
            row.RequestId.ShouldBe(file.RequestId);
        }
    }

    [Fact]
    public async Task DecisionList_DecidedRequest_IsNoLongerListed()
    {
        await ArrangeAsync(RequestType.Dis, received: "2025-03-03", decided: "2025-04-05");

        (await OnlyRowAsync(DeadlineRule.Decision, "2025-04-06")).ShouldBeNull();
    }

    [Theory]
    [InlineData("2025-04-14", null)] // D-3: decision of 10/04/2025, notification due 18/04/2025
    [InlineData("2025-04-15", DeadlineState.DueSoon)]
    [InlineData("2025-04-18", DeadlineState.DueSoon)]
    [InlineData("2025-04-19", DeadlineState.Overdue)]
    public async Task NotificationList_DecisionOf10April2025_FallsDue18April(string today, DeadlineState? expected)
    {
        await ArrangeAsync(RequestType.Dis, received: "2025-03-20", decided: "2025-04-10");

        var row = await OnlyRowAsync(DeadlineRule.Notification, today);

        ((DeadlineState?)row?.State).ShouldBe(expected);
        row?.DueOn.ShouldBe(Day("2025-04-18"));
    }

    [Fact]
    public async Task NotificationList_LetterRecorded_IsNoLongerListed()
    {
        var file = await ArrangeAsync(RequestType.Dis, received: "2025-03-20", decided: "2025-04-10");
        await AddAsync(new NotificationLetter(_tenant, file.CaseId, file.RequestId, At("2025-04-12"), "test", file.DecisionId!.Value, "dis-grant", Language.Fr, Day("2025-04-18"), "Madame, Monsieur, …"));

        (await OnlyRowAsync(DeadlineRule.Notification, "2025-04-19")).ShouldBeNull();
    }

    [Theory]
    [InlineData("2025-05-08", null)] // D-12: decision of 05/05/2025, A036 due 12/05/2025
    [InlineData("2025-05-09", DeadlineState.DueSoon)]
    [InlineData("2025-05-13", DeadlineState.Overdue)]
    public async Task A036List_DecisionOf5May2025_FallsDue12May(string today, DeadlineState? expected)
    {
        await ArrangeAsync(RequestType.Dis, received: "2025-04-20", decided: "2025-05-05");

        var row = await OnlyRowAsync(DeadlineRule.A036, today);

        ((DeadlineState?)row?.State).ShouldBe(expected);
        row?.DueOn.ShouldBe(Day("2025-05-12"));
    }

    [Fact]
    public async Task A036List_AttestationSent_IsNoLongerListed()
    {
        var file = await ArrangeAsync(RequestType.Dis, received: "2025-04-20", decided: "2025-05-05");
        await SendAsync(file, SppIsFormType.A036Create, "2025-05-13");

        (await OnlyRowAsync(DeadlineRule.A036, "2025-05-14")).ShouldBeNull();
    }

    [Theory]
    [InlineData("2025-03-15", "2025-04-04", null)] // D-4: decision of 15/03/2025, form B/C due 08/04/2025
    [InlineData("2025-03-15", "2025-04-05", DeadlineState.DueSoon)]
    [InlineData("2025-03-15", "2025-04-08", DeadlineState.DueSoon)]
    [InlineData("2025-03-15", "2025-04-09", DeadlineState.Overdue)]
    [InlineData("2025-01-31", "2025-02-04", null)] // D-7: decision of 31/01/2025, form due 08/02/2025
    [InlineData("2025-01-31", "2025-02-05", DeadlineState.DueSoon)]
    [InlineData("2025-01-31", "2025-02-09", DeadlineState.Overdue)]
    public async Task DisFormList_FallsDue8DaysAfterTheEndOfTheDecisionsMonth(string decided, string today, DeadlineState? expected)
    {
        var decidedOn = Day(decided);
        await ArrangeAsync(RequestType.Dis, received: decidedOn.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), decided: decided);

        var row = await OnlyRowAsync(DeadlineRule.DisForm, today);

        ((DeadlineState?)row?.State).ShouldBe(expected);
        row?.DueOn.ShouldBe(LegalDate.EndOfMonth(decidedOn).AddDays(8));
    }

    [Fact]
    public async Task DisFormList_FormSent_IsNoLongerListed()
    {
        var file = await ArrangeAsync(RequestType.Dis, received: "2025-03-05", decided: "2025-03-15");
        await SendAsync(file, SppIsFormType.DisGrant, "2025-04-10");

        (await OnlyRowAsync(DeadlineRule.DisForm, "2025-04-11")).ShouldBeNull();
    }

    [Theory]
    [InlineData("2019-02-11", null)] // D-8: aid from 01/01/2019 (Council of 20/01/2019), form B due 15/02/2019
    [InlineData("2019-02-12", DeadlineState.DueSoon)]
    [InlineData("2019-02-15", DeadlineState.DueSoon)]
    [InlineData("2019-02-16", DeadlineState.Overdue)]
    public async Task Loi65FormBList_AidFrom1January2019_FallsDue15February(string today, DeadlineState? expected)
    {
        await ArrangeAsync(RequestType.Loi65, received: "2019-01-03", decided: "2019-01-20", aidFrom: "2019-01-01");

        var row = await OnlyRowAsync(DeadlineRule.Loi65FormB, today);

        ((DeadlineState?)row?.State).ShouldBe(expected);
        row?.DueOn.ShouldBe(Day("2019-02-15"));
        row?.RunsFrom.ShouldBe(Day("2019-01-01"));
    }

    [Fact]
    public async Task Loi65FormBList_FormSent_IsNoLongerListed_AndADisDecisionHasNoFormB()
    {
        var loi65 = await ArrangeAsync(RequestType.Loi65, received: "2019-01-03", decided: "2019-01-20", aidFrom: "2019-01-01");
        await SendAsync(loi65, SppIsFormType.Loi65AB, "2019-02-14"); // D-8: received in time
        await ArrangeAsync(RequestType.Dis, received: "2019-01-03", decided: "2019-01-20", aidFrom: "2019-01-01", tenantReady: true);

        (await OnlyRowAsync(DeadlineRule.Loi65FormB, "2019-02-16")).ShouldBeNull();
    }

    [Theory]
    [InlineData("2026-03-27", null)] // D-10: expenses of February 2025, quarter ends 31/03/2025, claim due 31/03/2026
    [InlineData("2026-03-28", DeadlineState.DueSoon)]
    [InlineData("2026-03-31", DeadlineState.DueSoon)]
    [InlineData("2026-04-01", DeadlineState.Overdue)]
    public async Task Loi65FormDList_ClaimOfFebruary2025NotReceived_FallsDue31March2026(string today, DeadlineState? expected)
    {
        var file = await ArrangeAsync(RequestType.EquivalentRis, received: "2025-01-03", decided: "2025-01-20", aidFrom: "2025-01-01");
        await AddAsync(Claim(file, new DateOnly(2025, 2, 1)));

        var row = await OnlyRowAsync(DeadlineRule.Loi65FormD, today);

        ((DeadlineState?)row?.State).ShouldBe(expected);
        row?.DueOn.ShouldBe(Day("2026-03-31"));
        row?.RunsFrom.ShouldBe(Day("2025-03-31"));
    }

    [Fact]
    public async Task Loi65FormDList_ClaimReceived_IsNoLongerListed_ButARefusedOneIs()
    {
        var file = await ArrangeAsync(RequestType.EquivalentRis, received: "2025-01-03", decided: "2025-01-20", aidFrom: "2025-01-01");
        var received = Claim(file, new DateOnly(2025, 2, 1));
        received.MarkSent("F-D1-FEB", At("2025-03-02"));
        var refused = Claim(file, new DateOnly(2025, 3, 1));
        refused.MarkSent("F-D1-MAR", At("2025-04-02"));
        refused.RecordAnswer(SppIsFormStatus.Refused, [new SppIsAnswerReason("TOTAL_MISMATCH", "Total")], At("2025-04-03"));
        await AddAsync(received);
        await AddAsync(refused);

        var row = await OnlyRowAsync(DeadlineRule.Loi65FormD, "2026-04-01");

        row.ShouldNotBeNull().DueOn.ShouldBe(Day("2026-03-31"), "March 2025 is in the same quarter as February");
        row.State.ShouldBe(DeadlineState.Overdue);
    }

    private SppIsForm Claim(ArrangedFile file, DateOnly month) => new(
        _tenant, file.CaseId, file.RequestId, At("2025-03-01"), "system", file.DecisionId, SppIsFormType.Loi65D1,
        LegalDeadlines.Loi65FormDDue(month, 12), Loi65ExpenseClaims.ClaimKey(file.RequestId, month), "{}");

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset At(string iso) => new(Day(iso).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    /// <summary>The one row of this test's CPAS in the rule's list on that day (null when none is due soon or overdue).</summary>
    private async Task<DeadlineRow?> OnlyRowAsync(DeadlineRule rule, string today)
    {
        await using var scope = host.ScopesFor($"{_tenant}-manager", _tenant, Roles.Manager).Create();
        var queries = scope.ServiceProvider.GetRequiredService<DashboardQueries>();
        var rows = await queries.DeadlinesAsync(rule, DashboardCriteria.None, Day(today), CancellationToken.None);
        return rows.Count == 0 ? null : rows.ShouldHaveSingleItem();
    }

    /// <summary>A CPAS of its own, a case and one request, taken to the Council and decided when <paramref name="decided"/> is given.</summary>
    private async Task<ArrangedFile> ArrangeAsync(RequestType type, string received, string? decided = null, string? aidFrom = null, bool tenantReady = false)
    {
        var today = LegalClock.Today(TimeProvider.System);
        await using var scope = host.ScopesFor($"{_tenant}-worker", _tenant, Roles.SocialWorker).Create();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        if (!tenantReady)
        {
            db.Tenants.Add(new Tenant(_tenant, "CPAS des règles", "92094", null, Language.Fr));
        }

        var person = new Person(_tenant, Niss.Parse(tenantReady ? "80010100305" : "80010100107", CultureInfo.InvariantCulture), "Test", "Règle", null, Gender.Unknown, "BE", null, Language.Fr);
        var @case = new Domain.Cases.Case(_tenant, $"RG-{Guid.NewGuid():N}"[..20], person.Id, Day(received), today, $"{_tenant}-worker");
        var request = new Request(_tenant, @case.Id, type, Day(received), today);
        Guid? decisionId = null;
        if (decided is not null)
        {
            request.StartInvestigation();
            request.PrepareProposal();
            request.SubmitToCouncil();
            decisionId = request.Grant(Day(decided), Day(aidFrom ?? decided), today).Id;
        }

        db.AddRange(person, @case, request);
        await db.SaveChangesAsync();
        return new ArrangedFile(@case.Id, request.Id, decisionId);
    }

    private async Task SendAsync(ArrangedFile file, SppIsFormType type, string sentOn)
    {
        var form = new SppIsForm(_tenant, file.CaseId, file.RequestId, At(sentOn), "test", file.DecisionId, type, Day(sentOn), Guid.NewGuid().ToString(), "{}");
        form.MarkSent($"F-{Guid.NewGuid():N}"[..12], At(sentOn));
        await AddAsync(form);
    }

    private async Task AddAsync(object record)
    {
        await using var scope = host.ScopesFor($"{_tenant}-worker", _tenant, Roles.SocialWorker).Create();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        db.Add(record);
        await db.SaveChangesAsync();
    }

    private sealed record ArrangedFile(Guid CaseId, Guid RequestId, Guid? DecisionId);
}
