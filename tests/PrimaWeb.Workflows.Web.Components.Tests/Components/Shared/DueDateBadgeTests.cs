using Bunit;
using PrimaWeb.Workflows.Web.Components.Shared;
using PrimaWeb.Workflows.Web.Localization;

namespace PrimaWeb.Workflows.Web.Components.Tests.Components.Shared;

public sealed class DueDateBadgeTests : ComponentTestContext
{
    [Theory]
    [InlineData(UiCultures.French, "26/11/2026 · En retard")]
    [InlineData(UiCultures.Dutch, "26/11/2026 · Te laat")]
    public void Render_DueYesterday_IsOverdueInRed(string culture, string text)
    {
        UseLanguage(culture);

        var badge = Render<DueDateBadge>(p => p.Add(b => b.DueAt, Clock.GetUtcNow().AddDays(-1)));

        var chip = badge.Find("[data-due]");
        chip.GetAttribute("data-due").ShouldBe("overdue");
        chip.ClassList.ShouldContain("mud-chip-color-error");
        chip.TextContent.Trim().ShouldBe(text);
    }

    [Theory]
    [InlineData(UiCultures.French, "28/11/2026 · Échéance proche")]
    [InlineData(UiCultures.Dutch, "28/11/2026 · Vervalt binnenkort")]
    public void Render_DueTomorrow_IsDueSoonInAmber(string culture, string text)
    {
        UseLanguage(culture);

        var badge = Render<DueDateBadge>(p => p.Add(b => b.DueAt, Clock.GetUtcNow().AddDays(1)));

        var chip = badge.Find("[data-due]");
        chip.GetAttribute("data-due").ShouldBe("duesoon");
        chip.ClassList.ShouldContain("mud-chip-color-warning");
        chip.TextContent.Trim().ShouldBe(text);
    }

    [Fact]
    public void Render_DueNextWeek_ShowsOnlyTheDate()
    {
        UseLanguage(UiCultures.French);

        var badge = Render<DueDateBadge>(p => p.Add(b => b.DueAt, Clock.GetUtcNow().AddDays(7)));

        var chip = badge.Find("[data-due]");
        chip.GetAttribute("data-due").ShouldBe("later");
        chip.TextContent.Trim().ShouldBe("04/12/2026");
    }

    [Fact]
    public void Render_TimeMovesPastTheDueInstant_TurnsOverdue()
    {
        UseLanguage(UiCultures.Dutch);
        var due = Clock.GetUtcNow().AddHours(3);
        var badge = Render<DueDateBadge>(p => p.Add(b => b.DueAt, due));
        badge.Find("[data-due]").GetAttribute("data-due").ShouldBe("duesoon");

        Clock.Advance(TimeSpan.FromHours(4));
        badge.Render();

        badge.Find("[data-due]").GetAttribute("data-due").ShouldBe("overdue");
    }

    [Theory]
    [InlineData(UiCultures.French, "Sans échéance")]
    [InlineData(UiCultures.Dutch, "Geen vervaldatum")]
    public void Render_NoDueDate_SaysSo(string culture, string text)
    {
        UseLanguage(culture);

        var badge = Render<DueDateBadge>();

        badge.Find("[data-due]").TextContent.Trim().ShouldBe(text);
    }
}
