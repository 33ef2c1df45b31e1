using Bunit;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Web.Components.Layout;
using PrimaWeb.Workflows.Web.Localization;

namespace PrimaWeb.Workflows.Web.Components.Tests.Components.Layout;

public sealed class NavMenuTests : ComponentTestContext
{
    [Theory]
    [InlineData(Roles.SocialWorker, new[] { "Boîte de réception", "Personnes", "Dossiers" })]
    [InlineData(Roles.Manager, new[] { "Boîte de réception", "Personnes", "Dossiers", "Tableau de bord" })]
    [InlineData(Roles.FunctionalAnalyst, new[] { "Conception des processus", "Données légales de référence" })]
    [InlineData(Roles.Administrator, new[] { "Incidents", "Administration" })]
    public void Render_InFrench_ShowsOnlyTheEntriesTheRoleMayOpen(string role, string[] entries)
    {
        UseLanguage(UiCultures.French);
        SignInAs(role);

        var menu = Render<NavMenu>();

        menu.FindAll("a").Select(link => link.TextContent.Trim()).ShouldBe(entries);
    }

    [Theory]
    [InlineData(Roles.SocialWorker, new[] { "Inbox", "Personen", "Dossiers" })]
    [InlineData(Roles.Manager, new[] { "Inbox", "Personen", "Dossiers", "Dashboard" })]
    [InlineData(Roles.FunctionalAnalyst, new[] { "Procesontwerp", "Wettelijke referentiegegevens" })]
    [InlineData(Roles.Administrator, new[] { "Incidenten", "Beheer" })]
    public void Render_InDutch_ShowsOnlyTheEntriesTheRoleMayOpen(string role, string[] entries)
    {
        UseLanguage(UiCultures.Dutch);
        SignInAs(role, "ocmw-gent");

        var menu = Render<NavMenu>();

        menu.FindAll("a").Select(link => link.TextContent.Trim()).ShouldBe(entries);
    }

    [Fact]
    public void Render_Anonymous_ShowsNothing()
    {
        var menu = Render<NavMenu>();

        menu.FindAll("a").ShouldBeEmpty();
    }
}
