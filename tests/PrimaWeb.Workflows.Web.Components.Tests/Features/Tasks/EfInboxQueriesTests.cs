using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Tasks;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Tasks;

/// <summary>
/// The inbox's filters on SQLite (the demo host's database): Namur's two demo cases, a DIS and an equivalent-RIS
/// request, and tasks assigned to a user of this test only, so that other tests' tasks never show.
/// </summary>
[Collection(DemoHostCollection.Name)]
public sealed class EfInboxQueriesTests(DemoHost host) : IAsyncLifetime
{
    private readonly string _user = $"inbox-test-{Guid.NewGuid():N}";
    private readonly string _role = $"role-{Guid.NewGuid():N}";
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;

    public async Task InitializeAsync()
    {
        await using var scope = host.ScopesFor("namur-social-worker", "cpas-namur", Roles.SocialWorker).Create();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        var martin = await db.Cases.SingleAsync(c => c.Reference == "NA-2026-0001");
        var dubois = await db.Cases.SingleAsync(c => c.Reference == "NA-2026-0002");
        var today = LegalClock.DayOf(_now);
        var dis = new Request("cpas-namur", martin.Id, RequestType.Dis, today, today);
        var ris = new Request("cpas-namur", dubois.Id, RequestType.EquivalentRis, today, today);
        db.Requests.AddRange(dis, ris);
        db.Set<HumanTask>().AddRange(
            Task("overdue report", "cpas-namur", "social-report", martin.Id, dis.Id, _now.AddDays(-1)),
            Task("report due soon", "cpas-namur", "social-report", dubois.Id, ris.Id, _now.AddDays(5)),
            Task("decision", "cpas-namur", "council-decision", martin.Id, dis.Id, null),
            Task("Gent's task", "ocmw-gent", "social-report", Guid.NewGuid(), Guid.NewGuid(), _now.AddDays(-2)));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => System.Threading.Tasks.Task.CompletedTask;

    [Fact]
    public async Task List_NoCriteria_ShowsTheUsersTasksOfTheirCpasByDueDateUndatedLast()
    {
        (await TitlesAsync(InboxTab.Mine, InboxCriteria.None)).ShouldBe(["overdue report", "report due soon", "decision"]);
    }

    [Fact]
    public async Task List_ByRequestType_ShowsOnlyTheTasksOfThoseRequests()
    {
        (await TitlesAsync(InboxTab.Mine, new InboxCriteria(RequestType.Dis))).ShouldBe(["overdue report", "decision"]);
        (await TitlesAsync(InboxTab.Team, new InboxCriteria(RequestType.EquivalentRis))).ShouldBe(["report due soon"]);
        (await TitlesAsync(InboxTab.Mine, new InboxCriteria(RequestType.HeatingAllowance))).ShouldBeEmpty();
    }

    [Fact]
    public async Task List_ByTaskType_ShowsOnlyThatType()
    {
        (await TitlesAsync(InboxTab.Mine, new InboxCriteria(TaskType: "social-report"))).ShouldBe(["overdue report", "report due soon"]);
    }

    [Fact]
    public async Task List_ByCaseReference_ShowsThatCasesTasks_AndAnotherCpasReferenceFindsNothing()
    {
        (await TitlesAsync(InboxTab.Mine, InboxCriteria.FromQuery(null, null, " na-2026-0002 ", null))).ShouldBe(["report due soon"]);
        (await TitlesAsync(InboxTab.Mine, new InboxCriteria(CaseReference: "GE-2026-0001"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task List_OverdueOnly_AndCombinedCriteria_Narrow()
    {
        (await TitlesAsync(InboxTab.Mine, new InboxCriteria(OverdueOnly: true))).ShouldBe(["overdue report"]);
        (await TitlesAsync(InboxTab.Mine, new InboxCriteria(RequestType.Dis, "council-decision"))).ShouldBe(["decision"]);
    }

    [Fact]
    public void Criteria_ToUriAndBack_KeepsEveryFilterAndTheTab()
    {
        var criteria = new InboxCriteria(RequestType.EquivalentRis, "social-report", "NA-2026-0001", OverdueOnly: true);

        var uri = criteria.ToUri(InboxTab.Team);

        uri.ShouldBe("/inbox?tab=team&requestType=EquivalentRis&taskType=social-report&case=NA-2026-0001&overdue=true");
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(new Uri("http://x"), uri).Query);
        InboxCriteria.FromQuery(query["requestType"], query["taskType"], query["case"], bool.Parse(query["overdue"]!)).ShouldBe(criteria);
        InboxCriteria.TabFromQuery(query["tab"]).ShouldBe(InboxTab.Team);
        InboxCriteria.None.ToUri(InboxTab.Mine).ShouldBe("/inbox");
    }

    private async Task<IReadOnlyList<string>> TitlesAsync(InboxTab tab, InboxCriteria criteria)
    {
        await using var scope = host.ScopesFor(_user, "cpas-namur", _role).Create();
        var tasks = await scope.ServiceProvider.GetRequiredService<IInboxQueries>().ListAsync(tab, criteria, CancellationToken.None);
        return [.. tasks.Select(t => t.Title)];
    }

    private HumanTask Task(string title, string tenant, string type, Guid caseId, Guid requestId, DateTimeOffset? dueAt) => new()
    {
        Id = Guid.NewGuid(),
        InstanceId = Guid.NewGuid(),
        BookmarkId = Guid.NewGuid(),
        ActivityId = "step",
        TaskType = type,
        Title = title,
        TenantId = tenant,
        CaseId = caseId.ToString(),
        RequestId = requestId.ToString(),
        CandidateRole = _role,
        Assignee = _user,
        DueAt = dueAt,
        Status = HumanTaskStatus.Claimed,
        CreatedAt = _now,
    };
}
