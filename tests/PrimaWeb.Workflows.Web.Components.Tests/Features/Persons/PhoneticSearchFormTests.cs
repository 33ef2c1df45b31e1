using Bunit;
using PrimaWeb.Workflows.Web.Features.Persons;
using PrimaWeb.Workflows.Web.Localization;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Persons;

public sealed class PhoneticSearchFormTests : ComponentTestContext
{
    [Fact]
    public void Submit_Empty_InDutch_SaysNameAndBirthDateAreRequiredAndSearchesNothing()
    {
        UseLanguage(UiCultures.Dutch);
        PersonSearchCriteria? searched = null;
        var form = Render<PhoneticSearchForm>(p => p.Add(f => f.OnSearch, c => searched = c));

        form.Find("form").Submit();

        form.Markup.ShouldContain("Naam is verplicht.");
        form.Markup.ShouldContain("Geboortedatum of -jaar is verplicht.");
        searched.ShouldBeNull();
    }

    [Fact]
    public void Typing_AnImpossibleDate_InFrench_SaysHowToWriteIt()
    {
        UseLanguage(UiCultures.French);
        var form = Render<PhoneticSearchForm>();

        form.Find("input[data-testid=search-birth-date]").Input("31/02/1985");

        form.Markup.ShouldContain("Écrivez la date de naissance jj/mm/aaaa, mm/aaaa ou aaaa.");
        form.Markup.ShouldNotContain("Nom est obligatoire.");
    }

    [Fact]
    public void Submit_NameAndYear_SearchesThatYearAsTheRegistersWriteIt()
    {
        UseLanguage(UiCultures.French);
        PersonSearchCriteria? searched = null;
        var form = Render<PhoneticSearchForm>(p => p.Add(f => f.OnSearch, c => searched = c));

        form.Find("input[data-testid=search-last-name]").Input(" Dupond ");
        form.Find("input[data-testid=search-first-name]").Change("Marie");
        form.Find("input[data-testid=search-birth-date]").Input("1985");
        form.Find("form").Submit();

        searched.ShouldNotBeNull();
        searched.LastName.ShouldBe("Dupond");
        searched.FirstName.ShouldBe("Marie");
        searched.BirthDate.ToString().ShouldBe("1985-00-00");
        searched.BirthRange().ShouldBe((new DateOnly(1985, 1, 1), new DateOnly(1985, 12, 31)));
    }

    [Fact]
    public void Submit_FullDate_SearchesThatDay()
    {
        UseLanguage(UiCultures.Dutch);
        PersonSearchCriteria? searched = null;
        var form = Render<PhoneticSearchForm>(p => p.Add(f => f.OnSearch, c => searched = c));

        form.Find("input[data-testid=search-last-name]").Input("Janssens");
        form.Find("input[data-testid=search-birth-date]").Input("30/07/1985");
        form.Find("form").Submit();

        searched.ShouldNotBeNull();
        searched.FirstName.ShouldBeNull();
        searched.BirthDate.ToString().ShouldBe("1985-07-30");
        searched.Tolerance.ShouldBe(0);
    }

    [Theory]
    [InlineData("30/07/1985", "1985-07-30")]
    [InlineData("3.7.1985", "1985-07-03")]
    [InlineData("07/1985", "1985-07-00")]
    [InlineData("1985", "1985-00-00")]
    [InlineData("00/00/1990", "1990-00-00")]
    [InlineData("1985-07-30", "1985-07-30")]
    [InlineData("31/02/1985", null)]
    [InlineData("85", null)]
    [InlineData("30/07", null)]
    [InlineData("", null)]
    public void BirthDateText_ReadsWhatASocialWorkerTypes(string typed, string? register)
    {
        BirthDateText.ToRegister(typed).ShouldBe(register);
    }

    [Theory]
    [InlineData("1985-07-30", "30/07/1985")]
    [InlineData("1990-05-00", "05/1990")]
    [InlineData("1990-00-00", "1990")]
    public void BirthDateText_WritesAPartlyKnownDateAsTheScreensDo(string register, string shown)
    {
        BirthDateText.Display(register).ShouldBe(shown);
    }
}
