using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Tasks;
using PrimaWeb.Workflows.Web.Localization;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Tasks;

public sealed class InboxTaskTableTests : ComponentTestContext
{
    private readonly FixedUser _user = new("gent-social-worker");

    public InboxTaskTableTests() => Services.AddSingleton<ICurrentUser>(_user);

    [Fact]
    public void Render_InDutch_OffersClaimOnOpenTasksAndReleaseOnlyOnMine()
    {
        UseLanguage(UiCultures.Dutch);
        InboxTask[] tasks =
        [
            Task("Open taak", HumanTaskStatus.Open, assignee: null),
            Task("Mijn taak", HumanTaskStatus.Claimed, assignee: "gent-social-worker"),
            Task("Taak van een collega", HumanTaskStatus.Claimed, assignee: "gent-manager"),
        ];

        var table = Render<InboxTaskTable>(p => p.Add(t => t.Tasks, tasks));

        table.FindAll("button").Select(b => b.GetAttribute("aria-label")).ShouldBe(["Taak Open taak opnemen", "Taak Mijn taak vrijgeven"]);
        table.FindAll("tbody tr")[2].TextContent.ShouldContain("Els Maes");
    }

    [Fact]
    public void Click_Claim_HandsTheTaskToThePage()
    {
        UseLanguage(UiCultures.French);
        var open = Task("Enquête sociale", HumanTaskStatus.Open, assignee: null);
        InboxTask? claimed = null;

        var table = Render<InboxTaskTable>(p => p
            .Add(t => t.Tasks, [open])
            .Add(t => t.OnClaim, task => claimed = task));
        table.Find("button").Click();

        table.Find("button").TextContent.Trim().ShouldBe("Prendre");
        claimed.ShouldBe(open);
    }

    [Fact]
    public void Render_InFrench_NamesThePersonAndSaysThePriorityInWords()
    {
        UseLanguage(UiCultures.French);
        InboxTask[] tasks =
        [
            Task("A", HumanTaskStatus.Open, null) with { Priority = -1, PersonName = "Martin Thomas", PersonNiss = "85.07.30-033.28" },
            Task("B", HumanTaskStatus.Open, null) with { Priority = 0 },
            Task("C", HumanTaskStatus.Open, null) with { Priority = 5 },
            Task("D", HumanTaskStatus.Open, null) with { Priority = TaskPriorities.Urgent },
        ];

        var table = Render<InboxTaskTable>(p => p.Add(t => t.Tasks, tasks));

        table.FindAll("[data-testid=task-priority]").Select(cell => cell.TextContent.Trim()).ShouldBe(["basse", "normale", "haute", "urgente"]);
        table.FindAll("th").Select(th => th.TextContent.Trim()).ShouldContain("Personne");
        table.FindAll("[data-testid=task-person]")[0].TextContent.ShouldContain("Martin Thomas");
        table.FindAll("[data-testid=task-person]")[0].TextContent.ShouldContain("85.07.30-033.28");
    }

    [Fact]
    public void Render_ReassignIsOfferedToAManagerOnly()
    {
        UseLanguage(UiCultures.Dutch);
        StaffMember[] colleagues = [new("ocmw-gent", "gent-social-worker", "Pieter Peeters", [Roles.SocialWorker])];
        var task = Task("Sociaal verslag", HumanTaskStatus.Open, null);

        var forWorker = Render<InboxTaskTable>(p => p.Add(t => t.Tasks, [task]).Add(t => t.Colleagues, colleagues));
        _user.Role = Roles.Manager;
        var forManager = Render<InboxTaskTable>(p => p.Add(t => t.Tasks, [task]).Add(t => t.Colleagues, colleagues));

        forWorker.FindAll("[data-testid=reassign]").ShouldBeEmpty();
        forManager.Find("[data-testid=reassign]").TextContent.ShouldContain("Toewijzen aan");
    }

    [Fact]
    public void Keys_DownDownEnter_OpensTheSecondLine_EscapeCloses()
    {
        UseLanguage(UiCultures.French);
        InboxTask[] tasks = [Task("Premier", HumanTaskStatus.Open, null), Task("Second", HumanTaskStatus.Open, null)];
        InboxTask? opened = null;
        var closed = false;

        var table = Render<InboxTaskTable>(p => p
            .Add(t => t.Tasks, tasks)
            .Add(t => t.TestId, "my-tasks")
            .Add(t => t.OnOpen, task => opened = task)
            .Add(t => t.OnClose, () => closed = true));
        var list = table.Find("[data-testid=my-tasks-keys]");
        list.KeyDown("ArrowDown");
        list.KeyDown("ArrowDown");
        list.KeyDown("Enter");
        list.KeyDown("Escape");

        opened.ShouldBe(tasks[1]);
        closed.ShouldBeTrue();
        table.FindAll("tbody tr")[1].ClassList.ShouldContain("inbox-chosen");
    }

    private InboxTask Task(string title, HumanTaskStatus status, string? assignee) =>
        new(Guid.NewGuid(), title, "dis.investigate", null, null, Clock.GetUtcNow().AddDays(3), 0, status, assignee, 1);

    private sealed class FixedUser(string userId) : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public ClaimsPrincipal Principal { get; } = new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "test"));

        public string UserId => userId;

        public string DisplayName => userId;

        public string TenantCode => "ocmw-gent";

        public string Role { get; set; } = Domain.Staff.Roles.SocialWorker;

        public IReadOnlySet<string> Roles => new HashSet<string> { Role };

        public string Language => "nl";

        public bool IsInRole(string role) => Roles.Contains(role);
    }
}
