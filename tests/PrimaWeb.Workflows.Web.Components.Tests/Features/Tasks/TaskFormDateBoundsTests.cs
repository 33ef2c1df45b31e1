using System.Text.Json.Nodes;
using Bunit;
using PrimaWeb.Workflows.Activities.Council;
using PrimaWeb.Workflows.Web.Features.Tasks;
using PrimaWeb.Workflows.Web.Localization;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Tasks;

/// <summary>The Council decision's own form (as the activity declares it): its bounds said while typing, nothing sent.</summary>
public sealed class TaskFormDateBoundsTests : ComponentTestContext
{
    [Theory]
    [InlineData(UiCultures.French, "Décidé le : le 28/11/2026 est dans le futur (aujourd'hui : 27/11/2026).")]
    [InlineData(UiCultures.Dutch, "Beslist op: 28/11/2026 ligt in de toekomst (vandaag is het 27/11/2026).")]
    public void Typing_ADecisionDatedTomorrow_SaysWhyAtOnce_AndSendsNothing(string culture, string message)
    {
        UseLanguage(culture);
        JsonObject? sent = null;
        var form = Render<TaskForm>(p => p.Add(f => f.Fields, RecordDecision.Form).Add(f => f.OnSubmit, payload => sent = payload));
        form.Find("[data-testid=choice-decision-Granted]").Click();

        form.Find("[data-testid=field-decidedOn] input").Input("2026-11-28");

        form.Find("[data-testid=field-decidedOn]").TextContent.ShouldContain(message);
        form.Find("form").Submit();
        sent.ShouldBeNull();
    }

    [Theory]
    [InlineData(UiCultures.French, "Au : la fin (31/10/2026) précède le début (01/11/2026).")]
    [InlineData(UiCultures.Dutch, "Tot: het einde (31/10/2026) valt vóór het begin (01/11/2026).")]
    public void Typing_AnEndBeforeItsStart_SaysWhyOnTheEnd_AndSendsNothing(string culture, string message)
    {
        UseLanguage(culture);
        JsonObject? sent = null;
        var form = Render<TaskForm>(p => p.Add(f => f.Fields, RecordDecision.Form).Add(f => f.OnSubmit, payload => sent = payload));
        form.Find("[data-testid=choice-decision-GrantedModified]").Click();
        form.Find("[data-testid=field-decidedOn] input").Input("2026-11-27");
        form.Find("[data-testid=field-from] input").Input("2026-11-01");

        form.Find("[data-testid=field-until] input").Input("2026-10-31");

        form.Find("[data-testid=field-until]").TextContent.ShouldContain(message);
        form.Find("form").Submit();
        sent.ShouldBeNull();
        form.Find("[data-testid=field-until] input").Input("2027-04-30");
        form.Find("[data-testid=field-until]").TextContent.ShouldNotContain(message);
    }

    [Theory]
    [InlineData(UiCultures.French, "Montant mensuel doit être au plus 1000000000.")]
    [InlineData(UiCultures.Dutch, "Maandbedrag mag hoogstens 1000000000 zijn.")]
    public void Typing_99999999999Euros_SaysTheLargestAmount_AndSendsNothing(string culture, string message)
    {
        UseLanguage(culture);
        JsonObject? sent = null;
        var form = Render<TaskForm>(p => p.Add(f => f.Fields, RecordDecision.Form).Add(f => f.OnSubmit, payload => sent = payload));
        form.Find("[data-testid=choice-decision-GrantedModified]").Click();
        form.Find("[data-testid=field-decidedOn] input").Input("2026-11-27");

        form.Find("[data-testid=field-monthlyAmount] input").Input("99999999999");
        form.Find("[data-testid=field-monthlyAmount]").TextContent.ShouldContain(message);
        form.Find("[data-testid=field-monthlyAmount] input").Blur();

        form.Find("[data-testid=field-monthlyAmount]").TextContent.ShouldContain(message);
        form.Find("[data-testid=field-monthlyAmount] input").GetAttribute("value").ShouldBe("99999999999");
        form.Find("form").Submit();
        sent.ShouldBeNull();
    }
}
