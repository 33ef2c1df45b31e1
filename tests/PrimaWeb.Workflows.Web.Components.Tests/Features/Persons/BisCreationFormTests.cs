using Bunit;
using PrimaWeb.Workflows.Web.Features.Persons;
using PrimaWeb.Workflows.Web.Localization;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Persons;

public sealed class BisCreationFormTests : ComponentTestContext
{
    [Fact]
    public void Submit_Empty_InFrench_SaysEveryRequiredFieldAndCreatesNothing()
    {
        UseLanguage(UiCultures.French);
        CreateBisRequestDto? sent = null;
        var form = Render<BisCreationForm>(p => p.Add(f => f.OnCreate, request => sent = request));

        form.Find("form").Submit();

        form.Markup.ShouldContain("Nom est obligatoire.");
        form.Markup.ShouldContain("Prénom est obligatoire.");
        form.Markup.ShouldContain("Date de naissance est obligatoire.");
        form.Markup.ShouldContain("Sexe est obligatoire.");
        form.Markup.ShouldContain("Code de nationalité est obligatoire.");
        form.Markup.ShouldNotContain("Rue est obligatoire.");
        sent.ShouldBeNull();
    }

    [Fact]
    public void Typing_ADigitInAName_InDutch_SaysWhichCharactersAreAllowed()
    {
        UseLanguage(UiCultures.Dutch);
        var form = Render<BisCreationForm>();

        form.Find("input[data-testid=bis-lastName]").Input("Haddad2");

        form.Markup.ShouldContain("Naam mag alleen letters, spaties, koppeltekens, apostrofs en punten bevatten.");
        form.Markup.ShouldNotContain("Voornaam is verplicht.");
    }

    [Fact]
    public void Typing_APartOfTheAddress_AsksForTheRestAndABelgianPostalCode()
    {
        UseLanguage(UiCultures.French);
        var form = Render<BisCreationForm>();

        form.Find("input[data-testid=bis-postalCode]").Input("500");

        form.Markup.ShouldContain("Un code postal belge compte 4 chiffres, de 1000 à 9999.");
        form.Markup.ShouldContain("Rue est obligatoire.");
        form.Markup.ShouldContain("Commune est obligatoire.");
    }

    [Fact]
    public void Submit_Filled_SendsTheApisRequestWithTheRegistersDate()
    {
        UseLanguage(UiCultures.French);
        CreateBisRequestDto? sent = null;
        var form = Render<BisCreationForm>(p => p.Add(f => f.OnCreate, request => sent = request));

        form.Find("input[data-testid=bis-lastName]").Input("Haddad");
        form.Find("input[data-testid=bis-firstName]").Input("Samir");
        form.Find("input[data-testid=bis-birthDate]").Input("1990");
        form.Find("input[data-testid=bis-nationalityCode]").Input("111");
        form.Find("input[data-testid=bis-nationality]").Input("sy");
        form.Find("[data-testid=bis-gender-Male]").Click();
        form.Find("[data-testid=bis-language-Nl]").Click();
        form.Find("input[data-testid=bis-street]").Input("Rue de Fer");
        form.Find("input[data-testid=bis-houseNumber]").Input("20");
        form.Find("input[data-testid=bis-postalCode]").Input("5000");
        form.Find("input[data-testid=bis-municipality]").Input("Namur");
        form.Find("form").Submit();

        sent.ShouldBe(new CreateBisRequestDto(
            "Haddad", "Samir", "1990-00-00", "Male", 111, "SY", null, new AddressDto("Rue de Fer", "20", null, "5000", "Namur"), "Nl"));
        BisRequestReader.Read(sent!, new DateOnly(2026, 11, 27), out var errors).ShouldNotBeNull();
        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Render_ServerRefusal_ShowsItAsTheServersWithTheFieldsName()
    {
        UseLanguage(UiCultures.Dutch);

        var form = Render<BisCreationForm>(p => p.Add(f => f.ServerErrors, new Dictionary<string, string[]>
        {
            ["birthDate"] = ["The birth date is in the future."],
        }));

        var refusal = form.Find("[data-testid=bis-server-refusal]");
        refusal.GetAttribute("role").ShouldBe("alert");
        refusal.TextContent.ShouldContain("Geweigerd door de server");
        refusal.TextContent.ShouldContain("Geboortedatum : The birth date is in the future.");
        refusal.TextContent.ShouldContain("Verbeter de vermelde velden en probeer opnieuw.");
    }

    [Fact]
    public void Render_RegisterUnreachable_SaysNothingWasCreated()
    {
        UseLanguage(UiCultures.French);

        var form = Render<BisCreationForm>(p => p.Add(f => f.ServerUnavailable, "timeout"));

        var refusal = form.Find("[data-testid=bis-server-refusal]");
        refusal.TextContent.ShouldContain("Le registre BIS n'a pas pu être joint");
        refusal.TextContent.ShouldContain("timeout");
        refusal.TextContent.ShouldContain("Rien n'a été créé ; réessayez plus tard.");
    }

    [Theory]
    [InlineData(UiCultures.French, "Date de naissance : le 01/01/2099 est dans le futur (aujourd'hui : 27/11/2026).")]
    [InlineData(UiCultures.Dutch, "Geboortedatum: 01/01/2099 ligt in de toekomst (vandaag is het 27/11/2026).")]
    public void Typing_ABirthDateIn2099_SaysItIsInTheFuture_AndCreatesNothing(string culture, string message)
    {
        UseLanguage(culture);
        CreateBisRequestDto? sent = null;
        var form = Render<BisCreationForm>(p => p.Add(f => f.OnCreate, request => sent = request));
        form.Find("input[data-testid=bis-lastName]").Input("Haddad");
        form.Find("input[data-testid=bis-firstName]").Input("Samir");
        form.Find("input[data-testid=bis-nationalityCode]").Input("111");
        form.Find("[data-testid=bis-gender-Male]").Click();

        form.Find("input[data-testid=bis-birthDate]").Input("2099");

        form.Markup.ShouldContain(message);
        form.Find("form").Submit();
        sent.ShouldBeNull();
    }
}
