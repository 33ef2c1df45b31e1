using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Web.Components.Layout;
using PrimaWeb.Workflows.Web.Localization;

namespace PrimaWeb.Workflows.Web.Components.Tests.Components.Layout;

public sealed class LanguageSwitchTests : ComponentTestContext
{
    [Theory]
    [InlineData(UiCultures.French, "Langue", "fr")]
    [InlineData(UiCultures.Dutch, "Taal", "nl")]
    public void Render_CurrentLanguage_IsNamedAndPressed(string culture, string groupLabel, string pressed)
    {
        UseLanguage(culture);

        var languageSwitch = Render<LanguageSwitch>();

        languageSwitch.Find("[data-testid=language-switch]").GetAttribute("aria-label").ShouldBe(groupLabel);
        languageSwitch.FindAll("button[aria-pressed=true]").Select(b => b.GetAttribute("lang")).ShouldBe([pressed]);
        languageSwitch.FindAll("button").Select(b => b.GetAttribute("aria-label")).ShouldBe(["Français", "Nederlands", "English"]);
    }

    [Fact]
    public void Click_Dutch_LoadsTheSwitchWithThisPageAsReturnUrl()
    {
        UseLanguage(UiCultures.French);
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/cases?page=2");
        var languageSwitch = Render<LanguageSwitch>();

        languageSwitch.Find("button[lang=nl]").Click();

        navigation.Uri.ShouldBe("http://localhost/account/language?culture=nl-BE&returnUrl=%2Fcases%3Fpage%3D2");
    }
}
