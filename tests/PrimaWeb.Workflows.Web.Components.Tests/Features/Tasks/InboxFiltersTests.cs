using Bunit;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Web.Features.Tasks;
using PrimaWeb.Workflows.Web.Localization;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Tasks;

public sealed class InboxFiltersTests : ComponentTestContext
{
    [Fact]
    public void Render_CriteriaOfTheAddress_InDutch_FillsTheFields()
    {
        UseLanguage(UiCultures.Dutch);
        var criteria = new InboxCriteria(RequestType.Dis, "social-report", "NA-2026-0001", OverdueOnly: true);

        var filters = Render<InboxFilters>(p => p.Add(f => f.Criteria, criteria));

        filters.Find("input[data-testid=filter-case]").GetAttribute("value").ShouldBe("NA-2026-0001");
        filters.Markup.ShouldContain("Type aanvraag");
        filters.Markup.ShouldContain("Alleen te laat");
        filters.Find("input[data-testid=filter-overdue]").HasAttribute("checked").ShouldBeTrue();
    }

    [Fact]
    public void Submit_ChangedCase_HandsTheNewCriteriaToThePage()
    {
        UseLanguage(UiCultures.French);
        InboxCriteria? applied = null;
        var filters = Render<InboxFilters>(p => p
            .Add(f => f.Criteria, new InboxCriteria(RequestType.Dis))
            .Add(f => f.OnApply, c => applied = c));

        filters.Find("input[data-testid=filter-overdue]").HasAttribute("checked").ShouldBeFalse();
        filters.Find("input[data-testid=filter-case]").Change("na-2026-0002");
        filters.Find("form").Submit();

        applied.ShouldBe(new InboxCriteria(RequestType.Dis, null, "NA-2026-0002"));
    }

    [Fact]
    public void Clear_HandsNoCriteria()
    {
        UseLanguage(UiCultures.French);
        InboxCriteria? applied = null;
        var filters = Render<InboxFilters>(p => p
            .Add(f => f.Criteria, new InboxCriteria(TaskType: "social-report"))
            .Add(f => f.OnApply, c => applied = c));

        filters.Find("[data-testid=clear-filters]").Click();

        applied.ShouldBe(InboxCriteria.None);
    }
}
