using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Tasks;
using PrimaWeb.Workflows.Web.Localization;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Tasks;

public sealed class InboxTaskTableTests : ComponentTestContext
{
    public InboxTaskTableTests() => Services.AddSingleton<ICurrentUser>(new FixedUser("gent-social-worker"));

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

    private InboxTask Task(string title, HumanTaskStatus status, string? assignee) =>
        new(Guid.NewGuid(), title, "dis.investigate", null, null, Clock.GetUtcNow().AddDays(3), 0, status, assignee, 1);

    private sealed class FixedUser(string userId) : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public ClaimsPrincipal Principal { get; } = new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "test"));

        public string UserId => userId;

        public string DisplayName => userId;

        public string TenantCode => "ocmw-gent";

        public IReadOnlySet<string> Roles { get; } = new HashSet<string> { Domain.Staff.Roles.SocialWorker };

        public string Language => "nl";

        public bool IsInRole(string role) => Roles.Contains(role);
    }
}
