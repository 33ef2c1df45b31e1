using System.Text.Json.Nodes;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Tasks;
using PrimaWeb.Workflows.Web.Localization;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Tasks;

public sealed class TaskFormTests : ComponentTestContext
{
    /// <summary>The Council decision's form as the activity declares it (one field of each type).</summary>
    private static readonly FormField[] Decision =
    [
        new("decision", FormFieldType.Choice, Required: true, Choices: ["Granted", "GrantedModified", "Refused"]),
        new("decidedOn", FormFieldType.Date, Required: true),
        new("monthlyAmount", FormFieldType.Number, Min: 0, Max: 5000),
        new("partnerIsDisBeneficiary", FormFieldType.Flag),
        new("motivation", FormFieldType.Text, MaxLength: 10),
    ];

    [Fact]
    public void Submit_Empty_InFrench_SaysWhatIsRequiredAndSendsNothing()
    {
        UseLanguage(UiCultures.French);
        JsonObject? sent = null;
        var form = Render<TaskForm>(p => p.Add(f => f.Fields, Decision).Add(f => f.OnSubmit, payload => sent = payload));

        form.Find("form").Submit();

        form.Markup.ShouldContain("Décision est obligatoire.");
        form.Markup.ShouldContain("Décidé le est obligatoire.");
        sent.ShouldBeNull();
    }

    [Fact]
    public void Render_LabelsEveryFieldInTheUsersLanguage_AndMarksTheRequiredOnes()
    {
        UseLanguage(UiCultures.Dutch);

        var form = Render<TaskForm>(p => p.Add(f => f.Fields, Decision));

        form.Markup.ShouldContain("Beslissing *");
        form.Markup.ShouldContain("Maandbedrag");
        form.Markup.ShouldContain("Toegekend met een ander bedrag of een andere periode");
        form.Find("[data-testid=complete-task]").TextContent.Trim().ShouldBe("Taak afronden");
    }

    [Fact]
    public void Typing_TooLongAText_InDutch_SaysTheLimitAtOnce()
    {
        UseLanguage(UiCultures.Dutch);
        var form = Render<TaskForm>(p => p.Add(f => f.Fields, Decision));

        form.Find("[data-testid=field-motivation] textarea, [data-testid=field-motivation] input").Input("elf tekens!");

        form.Markup.ShouldContain("Motivering mag hoogstens 10 tekens bevatten.");
    }

    [Fact]
    public void Typing_ANegativeAmount_IsKeptAsTypedAndNotSent()
    {
        UseLanguage(UiCultures.French);
        JsonObject? sent = null;
        var form = Render<TaskForm>(p => p.Add(f => f.Fields, Decision).Add(f => f.OnSubmit, payload => sent = payload));
        form.Find("[data-testid=choice-decision-Granted]").Click();
        form.Find("[data-testid=field-decidedOn] input").Input("2026-11-27");

        form.Find("[data-testid=field-monthlyAmount] input").Input("-5");
        form.Find("[data-testid=field-monthlyAmount] input").Blur();
        form.Find("form").Submit();

        form.Find("[data-testid=field-monthlyAmount] input").GetAttribute("value").ShouldBe("-5");
        sent.ShouldBeNull();
    }

    [Fact]
    public void Submit_Filled_HandsTheTypedPayloadToThePage()
    {
        UseLanguage(UiCultures.French);
        JsonObject? sent = null;
        var form = Render<TaskForm>(p => p.Add(f => f.Fields, Decision).Add(f => f.OnSubmit, payload => sent = payload));

        form.Find("[data-testid=choice-decision-Granted]").Click();
        form.Find("[data-testid=field-decidedOn] input").Input("2026-11-27");
        form.Find("[data-testid=field-monthlyAmount] input").Input("1264,53");
        form.Find("form").Submit();

        sent.ShouldNotBeNull();
        sent.ToJsonString().ShouldBe("""{"decision":"Granted","decidedOn":"2026-11-27","monthlyAmount":1264.53,"partnerIsDisBeneficiary":false}""");
        FormValidator.Validate(Decision, sent, FormLimits.Default, DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime)).ShouldBeEmpty();
    }

    [Fact]
    public void Render_ServerRefusal_ShowsTheServersSentenceAndWhatToDo()
    {
        UseLanguage(UiCultures.French);

        var form = Render<TaskForm>(p => p
            .Add(f => f.Fields, Decision)
            .Add(f => f.ServerErrors, ["La personne n'est pas intégrée pour les formulaires."])
            .Add(f => f.ServerTitle, "Refusé par le serveur")
            .Add(f => f.ServerAdvice, "Vérifiez les intégrations BCSS."));

        var refusal = form.Find("[data-testid=server-refusal]");
        refusal.TextContent.ShouldContain("La personne n'est pas intégrée pour les formulaires.");
        refusal.TextContent.ShouldContain("Vérifiez les intégrations BCSS.");
        refusal.GetAttribute("role").ShouldBe("alert");
    }

    [Theory]
    [InlineData(UiCultures.French, "-1", "Montant mensuel doit être au moins 0.")]
    [InlineData(UiCultures.Dutch, "-1", "Maandbedrag moet minstens 0 zijn.")]
    [InlineData(UiCultures.French, "6000", "Montant mensuel doit être au plus 5000.")]
    [InlineData(UiCultures.Dutch, "6000", "Maandbedrag mag hoogstens 5000 zijn.")]
    public void State_NumberOutOfBounds_SaysTheBoundInTheUsersLanguage(string culture, string entered, string message)
    {
        UseLanguage(culture);
        var state = new TaskFormState(Decision, Services.GetRequiredService<IStringLocalizer<UiText>>());

        state.Set("monthlyAmount", decimal.Parse(entered, System.Globalization.CultureInfo.InvariantCulture));

        state.ErrorShown(Decision[2]).ShouldBe(message);
        state.Submit().ShouldBeFalse();
    }

    [Fact]
    public void State_UntouchedField_ShowsNoMessageUntilSubmit()
    {
        UseLanguage(UiCultures.French);
        var state = new TaskFormState(Decision, Services.GetRequiredService<IStringLocalizer<UiText>>());

        state.ErrorShown(Decision[0]).ShouldBeNull();
        state.Submit();

        state.ErrorShown(Decision[0]).ShouldBe("Décision est obligatoire.");
    }

    [Fact]
    public void Group_IsARealForm_OfLinesWithTypedFields_MembersShownByName()
    {
        UseLanguage(UiCultures.French);
        const string lucas = "0f7b5c1e-3a9d-4c6e-8b2f-1d4e5a6b7c8d";
        FormField[] form =
        [
            new("memberResources", FormFieldType.Group, MaxItems: 2, Fields:
            [
                new("member", FormFieldType.Choice, Required: true, Choices: [lucas]),
                new("kind", FormFieldType.Choice, Required: true, Choices: ["Other"]),
                new("amount", FormFieldType.Number, Required: true, Min: 0),
            ]),
        ];
        var rendered = Render<TaskForm>(p => p.Add(f => f.Fields, form).Add(f => f.ChoiceNames, new Dictionary<string, string> { [lucas] = "Lucas Martin" }));

        rendered.Find("[data-testid=add-memberResources]").Click();

        rendered.FindAll("[data-testid=memberResources-line-0]").Count.ShouldBe(1);
        rendered.Find("[data-testid='field-memberResources-0-amount'] input").GetAttribute("inputmode").ShouldBe("decimal");
        rendered.Markup.ShouldContain("Ressources des autres membres du ménage");
        rendered.Markup.ShouldNotContain(lucas);
    }

    [Fact]
    public void State_GroupLines_AreCheckedByTheEngineRules_NamedByLine_AndSentAsAListOfTypedLines()
    {
        UseLanguage(UiCultures.French);
        var group = new FormField("memberResources", FormFieldType.Group, MaxItems: 2, Fields:
        [
            new("member", FormFieldType.Choice, Required: true, Choices: ["p-1"]),
            new("amount", FormFieldType.Number, Required: true, Min: 0),
        ]);
        var state = new TaskFormState([group], Services.GetRequiredService<IStringLocalizer<UiText>>(), FormLimits.Default, new DateOnly(2026, 11, 27),
            new Dictionary<string, string> { ["p-1"] = "Lucas Martin" });

        state.AddLine(group);
        state.AddLine(group);
        state.Set("memberResources[0].member", "p-1");
        state.Set("memberResources[0].amount", 250m);
        state.Set("memberResources[1].member", "p-1");

        state.Submit().ShouldBeFalse();
        state.ErrorShown("memberResources[1].amount").ShouldBe("Montant est obligatoire.");
        state.ChoiceLabel("p-1").ShouldBe("Lucas Martin");
        state.CanAddLine(group).ShouldBeFalse();
        state.RemoveLine(group, 1);
        state.Submit().ShouldBeTrue();
        state.Payload().ToJsonString().ShouldBe("""{"memberResources":[{"member":"p-1","amount":250}]}""");
    }

    [Fact]
    public void State_DateBeyondTenYears_IsRefusedWithTheSpan_AsTheServerWould()
    {
        UseLanguage(UiCultures.Dutch);
        var state = new TaskFormState(Decision, Services.GetRequiredService<IStringLocalizer<UiText>>(), FormLimits.Default, new DateOnly(2026, 11, 27));

        state.Set("decidedOn", "9999-12-31");

        state.ErrorShown(Decision[1]).ShouldBe("Beslist op moet tussen 01/01/1900 en 27/11/2036 liggen.");
    }

    [Fact]
    public void TaskTypeNames_KnownType_IsTranslated_UnknownKeepsItsName()
    {
        UseLanguage(UiCultures.Dutch);
        var text = Services.GetRequiredService<IStringLocalizer<UiText>>();

        TaskTypeNames.Of("council-decision", text).ShouldBe("Beslissing van de Raad");
        TaskTypeNames.Of("custom-step", text).ShouldBe("custom-step");
    }
}
