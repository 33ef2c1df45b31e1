using System.Globalization;
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
            Task("rapport en retard", "cpas-namur", "exemple-rapport", martin.Id, dis.Id, _now.AddDays(-1)),
            Task("rapport bientôt dû", "cpas-namur", "exemple-rapport", dubois.Id, ris.Id, _now.AddDays(5)),
            Task("décision", "cpas-namur", "exemple-conseil", martin.Id, dis.Id, null),
            Task("Council decision", "cpas-namur", "council-decision", martin.Id, dis.Id, _now.AddDays(3), assignee: null),
            Task("tâche de Gand", "ocmw-gent", "exemple-rapport", Guid.NewGuid(), Guid.NewGuid(), _now.AddDays(-2)));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => System.Threading.Tasks.Task.CompletedTask;

    [Fact]
    public async Task List_NoCriteria_ShowsTheUsersTasksOfTheirCpasByDueDateUndatedLast()
    {
        (await TitlesAsync(InboxTab.Mine, InboxCriteria.None)).ShouldBe(["rapport en retard", "rapport bientôt dû", "décision"]);
    }

    [Fact]
    public async Task List_ByRequestType_ShowsOnlyTheTasksOfThoseRequests()
    {
        (await TitlesAsync(InboxTab.Mine, new InboxCriteria(RequestType.Dis))).ShouldBe(["rapport en retard", "décision"]);
        (await TitlesAsync(InboxTab.Team, new InboxCriteria(RequestType.EquivalentRis))).ShouldBe(["rapport bientôt dû"]);
        (await TitlesAsync(InboxTab.Mine, new InboxCriteria(RequestType.HeatingAllowance))).ShouldBeEmpty();
    }

    [Fact]
    public async Task List_ByTaskType_ShowsOnlyThatType()
    {
        (await TitlesAsync(InboxTab.Mine, new InboxCriteria(TaskType: "exemple-rapport"))).ShouldBe(["rapport en retard", "rapport bientôt dû"]);
    }

    [Fact]
    public async Task List_ByCaseReference_ShowsThatCasesTasks_AndAnotherCpasReferenceFindsNothing()
    {
        (await TitlesAsync(InboxTab.Mine, InboxCriteria.FromQuery(null, null, " na-2026-0002 ", null))).ShouldBe(["rapport bientôt dû"]);
        (await TitlesAsync(InboxTab.Mine, new InboxCriteria(CaseReference: "GE-2026-0001"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task List_OverdueOnly_AndCombinedCriteria_Narrow()
    {
        (await TitlesAsync(InboxTab.Mine, new InboxCriteria(OverdueOnly: true))).ShouldBe(["rapport en retard"]);
        (await TitlesAsync(InboxTab.Mine, new InboxCriteria(RequestType.Dis, "exemple-conseil"))).ShouldBe(["décision"]);
    }

    [Fact]
    public async Task List_Tabs_MineIsWhatIHold_UnassignedIsWhatNobodyHolds_TeamIsBothOnce()
    {
        (await TitlesAsync(InboxTab.Mine, new InboxCriteria(RequestType.Dis))).ShouldBe(["rapport en retard", "décision"]);
        (await TitlesAsync(InboxTab.Unassigned, InboxCriteria.None)).ShouldBe(["Décision du Conseil"]);
        (await TitlesAsync(InboxTab.Team, new InboxCriteria(RequestType.Dis))).ShouldBe(["rapport en retard", "Décision du Conseil", "décision"]);
        await using var scope = host.ScopesFor(_user, "cpas-namur", _role).Create();
        var inbox = scope.ServiceProvider.GetRequiredService<IInboxQueries>();
        (await inbox.CountAsync(InboxTab.Mine, CancellationToken.None)).ShouldBe(3);
        (await inbox.CountAsync(InboxTab.Unassigned, CancellationToken.None)).ShouldBe(1);
    }

    [Fact]
    public async Task List_EachLine_NamesTheCasesPerson_AndANamedTaskTypeIsTheTitleInTheUsersLanguage()
    {
        var lines = await TasksAsync(InboxTab.Team, InboxCriteria.None, "nl-BE");

        var council = lines.Single(t => t.TaskType == "council-decision");
        council.Title.ShouldBe("Beslissing van de Raad");
        council.PersonName.ShouldBe("Martin Thomas");
        council.PersonNiss.ShouldBe(await NissOfAsync("NA-2026-0001"));
        lines.Single(t => t.Title == "rapport bientôt dû").PersonName.ShouldBe("Lefèvre Julie");
    }

    [Fact]
    public async Task List_SearchByNameOrNiss_ShowsOnlyThatPersonsTasks()
    {
        (await TitlesAsync(InboxTab.Mine, InboxCriteria.FromQuery(null, null, null, null, "lefèvre JULIE"))).ShouldBe(["rapport bientôt dû"]);
        (await TitlesAsync(InboxTab.Mine, InboxCriteria.FromQuery(null, null, null, null, "martin"))).ShouldBe(["rapport en retard", "décision"]);
        (await TitlesAsync(InboxTab.Mine, InboxCriteria.FromQuery(null, null, null, null, await NissOfAsync("NA-2026-0002")))).ShouldBe(["rapport bientôt dû"]);
        (await TitlesAsync(InboxTab.Mine, InboxCriteria.FromQuery(null, null, null, null, "Janssens"))).ShouldBeEmpty();
    }

    [Fact]
    public void Criteria_ToUriAndBack_KeepsEveryFilterAndTheTab()
    {
        var criteria = new InboxCriteria(RequestType.EquivalentRis, "exemple-rapport", "NA-2026-0001", OverdueOnly: true);

        var uri = criteria.ToUri(InboxTab.Team);

        uri.ShouldBe("/inbox?tab=team&requestType=EquivalentRis&taskType=exemple-rapport&case=NA-2026-0001&overdue=true");
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(new Uri("http://x"), uri).Query);
        InboxCriteria.FromQuery(query["requestType"], query["taskType"], query["case"], bool.Parse(query["overdue"]!)).ShouldBe(criteria);
        InboxCriteria.TabFromQuery(query["tab"]).ShouldBe(InboxTab.Team);
        InboxCriteria.None.ToUri(InboxTab.Mine).ShouldBe("/inbox");
    }

    private async Task<IReadOnlyList<string>> TitlesAsync(InboxTab tab, InboxCriteria criteria) =>
        [.. (await TasksAsync(tab, criteria, "fr-BE")).Select(t => t.Title)];

    private async Task<IReadOnlyList<InboxTask>> TasksAsync(InboxTab tab, InboxCriteria criteria, string culture)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            await using var scope = host.ScopesFor(_user, "cpas-namur", _role).Create();
            return await scope.ServiceProvider.GetRequiredService<IInboxQueries>().ListAsync(tab, criteria, CancellationToken.None);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private async Task<string> NissOfAsync(string reference)
    {
        await using var scope = host.ScopesFor(_user, "cpas-namur", _role).Create();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        var @case = await db.Cases.SingleAsync(c => c.Reference == reference);
        return (await db.Persons.SingleAsync(p => p.Id == @case.MainPersonId)).Niss.Formatted;
    }

    private HumanTask Task(string title, string tenant, string type, Guid caseId, Guid requestId, DateTimeOffset? dueAt, string? assignee = "") => new()
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
        Assignee = assignee == string.Empty ? _user : assignee,
        DueAt = dueAt,
        Status = assignee is null ? HumanTaskStatus.Open : HumanTaskStatus.Claimed,
        CreatedAt = _now,
    };
}
