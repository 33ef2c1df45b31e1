using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Web.Features.Persons;
using PrimaWeb.Workflows.Web.Localization;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Persons;

public sealed class NissSearchFormTests : ComponentTestContext
{
    [Fact]
    public void Typing_WrongCheckDigits_InFrench_SaysWhyAtOnce()
    {
        UseLanguage(UiCultures.French);
        var form = Render<NissSearchForm>();

        form.Find("input[data-testid=niss-input]").Input("85.07.30-033.29");

        form.Markup.ShouldContain("Les deux derniers chiffres (chiffres de contrôle) ne correspondent pas : vérifiez le numéro.");
    }

    [Fact]
    public void Typing_ALetter_InDutch_SaysOnlyDigitsAreAllowed()
    {
        UseLanguage(UiCultures.Dutch);
        var form = Render<NissSearchForm>();

        form.Find("input[data-testid=niss-input]").Input("8507300332A");

        form.Markup.ShouldContain("Een INSZ bevat alleen cijfers");
        form.Markup.ShouldContain("INSZ");
    }

    [Fact]
    public void Typing_TenDigits_IsUnfinishedNotWrong_ButSubmitSaysElevenAreNeeded()
    {
        UseLanguage(UiCultures.French);
        Niss? searched = null;
        var form = Render<NissSearchForm>(p => p.Add(f => f.OnSearch, niss => searched = niss));

        form.Find("input[data-testid=niss-input]").Input("8507300332");
        form.Markup.ShouldNotContain("Un NISS compte exactement 11 chiffres.");

        form.Find("form").Submit();

        form.Markup.ShouldContain("Un NISS compte exactement 11 chiffres.");
        searched.ShouldBeNull();
    }

    [Theory]
    [InlineData("85.07.30-033.28")]
    [InlineData("85073003328")]
    [InlineData(" 850730 033 28 ")]
    public void Submit_NissWrittenAnyWay_HandsTheNumberToThePage(string typed)
    {
        UseLanguage(UiCultures.French);
        Niss? searched = null;
        var form = Render<NissSearchForm>(p => p.Add(f => f.OnSearch, niss => searched = niss));

        form.Find("input[data-testid=niss-input]").Input(typed);
        form.Find("form").Submit();

        searched.ShouldNotBeNull();
        searched.Value.Value.ShouldBe("85073003328");
    }

    [Theory]
    [InlineData(UiCultures.French)]
    [InlineData(UiCultures.Dutch)]
    [InlineData(UiCultures.English)]
    public void NissProblem_EveryReasonOfTheDomain_HasItsOwnSentence(string culture)
    {
        UseLanguage(culture);
        var text = Services.GetRequiredService<IStringLocalizer<UiText>>();

        foreach (var reason in Enum.GetValues<NissError>())
        {
            text[$"NissError_{reason}"].ResourceNotFound.ShouldBeFalse($"no text for {reason}");
        }

        PersonTexts.NissProblem("", text).ShouldBe(text["NissError_Empty"].Value);
        PersonTexts.NissProblem("85073003328", text).ShouldBeNull();
    }
}
