using Bunit;
using PrimaWeb.Workflows.Web.Features.Persons;
using PrimaWeb.Workflows.Web.Localization;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Persons;

public sealed class PersonResultListTests : ComponentTestContext
{
    private static readonly PersonDto Thomas = new(
        Guid.NewGuid(), "85073003328", "Martin", "Thomas", "1985-07-30", "Male", "BE",
        new AddressDto("Rue de Fer", "20", "3", "5000", "Namur"), "Fr", "Cpas");

    private static readonly PersonDto Samir = new(
        null, "90200000123", "Haddad", "Samir", "1990-00-00", "Male", null, null, null, "Bis");

    private static readonly PersonDto Anna = new(
        null, "92032512345", "Peeters", "Anna", "1992-03-25", "Female", "BE",
        new AddressDto("Kerkstraat", "1", null, "9000", "Gent"), null, "NationalRegister");

    [Fact]
    public void Render_InFrench_ShowsEachPersonFormattedAndWhereItComesFrom()
    {
        UseLanguage(UiCultures.French);

        var list = Render<PersonResultList>(p => p.Add(l => l.Persons, [Thomas, Samir]));

        var thomas = list.Find("[data-testid=person-85073003328]");
        thomas.GetAttribute("data-source").ShouldBe("Cpas");
        thomas.QuerySelector("[data-testid=person-niss]")!.TextContent.ShouldBe("85.07.30-033.28");
        thomas.QuerySelector("[data-testid=person-name]")!.TextContent.ShouldBe("Martin, Thomas");
        thomas.QuerySelector("[data-testid=person-birth-date]")!.TextContent.ShouldBe("30/07/1985");
        thomas.QuerySelector("[data-testid=person-address]")!.TextContent.ShouldBe("Rue de Fer 20 bte 3, 5000 Namur");
        thomas.QuerySelector("[data-testid=person-source]")!.TextContent.Trim().ShouldBe("Connue du CPAS");

        var samir = list.Find("[data-testid=person-90200000123]");
        samir.QuerySelector("[data-testid=person-birth-date]")!.TextContent.ShouldBe("1990");
        samir.QuerySelector("[data-testid=person-address]")!.TextContent.ShouldBe("Pas d'adresse connue");
        samir.QuerySelector("[data-testid=person-source]")!.TextContent.Trim().ShouldBe("Registre BIS");
    }

    [Fact]
    public void Render_InDutch_NamesTheNationalRegisterAndLabelsTheActionWithThePerson()
    {
        UseLanguage(UiCultures.Dutch);

        var list = Render<PersonResultList>(p => p.Add(l => l.Persons, [Anna]));

        list.Find("[data-testid=person-source]").TextContent.Trim().ShouldBe("Rijksregister");
        list.Find("th").TextContent.ShouldBe("INSZ");
        var open = list.Find("[data-testid=open-case]");
        open.TextContent.Trim().ShouldBe("Dossier openen");
        open.GetAttribute("aria-label").ShouldBe("Dossier openen van Peeters, Anna");
    }

    [Fact]
    public void Click_OpenCase_HandsThatPersonToThePage()
    {
        UseLanguage(UiCultures.French);
        PersonDto? opened = null;
        var list = Render<PersonResultList>(p => p.Add(l => l.Persons, [Thomas, Anna]).Add(l => l.OnOpenCase, person => opened = person));

        list.Find("[data-testid=person-92032512345] [data-testid=open-case]").Click();

        opened.ShouldBe(Anna);
    }

    [Fact]
    public void Render_Nobody_SaysSo()
    {
        UseLanguage(UiCultures.Dutch);

        var list = Render<PersonResultList>(p => p.Add(l => l.Persons, []));

        list.Find("[data-testid=no-person]").TextContent.ShouldBe("Niemand beantwoordt aan deze criteria.");
        list.FindAll("[data-testid=person-results]").ShouldBeEmpty();
    }
}
