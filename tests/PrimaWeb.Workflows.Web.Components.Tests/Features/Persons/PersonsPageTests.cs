using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.FederalServices.Audit;
using PrimaWeb.Workflows.Simulator.Population;
using PrimaWeb.Workflows.Testing.Host;
using PrimaWeb.Workflows.Web.Features.Persons;
using PrimaWeb.Workflows.Web.Localization;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Persons;

/// <summary>The persons page on the real services of the demo host: Namur's social worker, its persons and the simulated registers.</summary>
[Collection(DemoHostCollection.Name)]
public sealed class PersonsPageTests : ComponentTestContext
{
    private const string Thomas = "85073003328";

    /// <summary>How long a wait may last before the test fails: the registers are called through the real gateway.</summary>
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly DemoHost _host;

    public PersonsPageTests(DemoHost host)
    {
        _host = host;
        SignInAs(Roles.SocialWorker);
        Services.AddSingleton(host.ScopesFor("namur-social-worker", "cpas-namur", Roles.SocialWorker));
    }

    [Fact]
    public void FindByNiss_PersonOfTheCpas_ShowsTheCpasPerson()
    {
        UseLanguage(UiCultures.French);
        var page = Render<PersonsPage>();

        page.Find("input[data-testid=niss-input]").Input("85.07.30-033.28");
        page.Find("[data-testid=niss-search-form]").Submit();

        var row = page.WaitForElement($"[data-testid=person-{Thomas}]", Wait);
        row.GetAttribute("data-source").ShouldBe("Cpas");
        row.QuerySelector("[data-testid=person-name]")!.TextContent.ShouldBe("Martin, Thomas");
        row.QuerySelector("[data-testid=person-niss]")!.TextContent.ShouldBe("85.07.30-033.28");
        row.QuerySelector("[data-testid=person-source]")!.TextContent.Trim().ShouldBe("Connue du CPAS");
    }

    [Fact]
    public async Task FindByNiss_RegisterPerson_ShowsTheRegistersPersonAndAuditsTheConsultationUnderTheUser()
    {
        UseLanguage(UiCultures.Dutch);
        var citizen = RegisterAdult(0);
        var page = Render<PersonsPage>();

        page.Find("input[data-testid=niss-input]").Input(citizen.Niss.Formatted);
        page.Find("[data-testid=niss-search-form]").Submit();

        var row = page.WaitForElement($"[data-testid=person-{citizen.Niss}]", Wait);
        row.GetAttribute("data-source").ShouldBe("NationalRegister");
        row.QuerySelector("[data-testid=person-source]")!.TextContent.Trim().ShouldBe("Rijksregister");
        var audit = await _host.Services.GetRequiredService<IAuditLog>().ListByPersonAsync("cpas-namur", citizen.Niss, CancellationToken.None);
        audit.ShouldContain(entry => entry.User == "namur-social-worker");
    }

    [Fact]
    public void FindByNiss_NobodyKnowsIt_SaysSo()
    {
        UseLanguage(UiCultures.French);
        var page = Render<PersonsPage>();

        // A valid NISS the simulated National Register does not hold (born 1 January 1900).
        var unknown = Unheld();
        page.Find("input[data-testid=niss-input]").Input(unknown.Value);
        page.Find("[data-testid=niss-search-form]").Submit();

        page.WaitForAssertion(() => page.Find("[data-testid=search-message]").TextContent
            .ShouldContain($"Ni le CPAS ni les registres ne connaissent le NISS {unknown.Formatted}."), Wait);
    }

    [Fact]
    public void OpenCase_PersonWithAnOpenCase_GoesToThatCase()
    {
        UseLanguage(UiCultures.French);
        var page = Render<PersonsPage>();
        page.Find("input[data-testid=niss-input]").Input(Thomas);
        page.Find("[data-testid=niss-search-form]").Submit();

        page.WaitForElement($"[data-testid=person-{Thomas}] [data-testid=open-case]", Wait).Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => navigation.Uri.ShouldBe($"{navigation.BaseUri}cases/{CaseOf(Thomas, "NA-2026-0001")}"), Wait);
    }

    [Fact]
    public void OpenCase_RegisterPerson_ImportsThePersonOpensACaseAndGoesToIt()
    {
        UseLanguage(UiCultures.French);
        var citizen = RegisterAdult(1);
        var page = Render<PersonsPage>();
        page.Find("input[data-testid=niss-input]").Input(citizen.Niss.Value);
        page.Find("[data-testid=niss-search-form]").Submit();

        page.WaitForElement($"[data-testid=person-{citizen.Niss}] [data-testid=open-case]", Wait).Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => navigation.Uri.ShouldStartWith($"{navigation.BaseUri}cases/"), Wait);
        var opened = Guid.Parse(navigation.Uri[$"{navigation.BaseUri}cases/".Length..]);
        using var scope = _host.ScopesFor("namur-social-worker", "cpas-namur", Roles.SocialWorker).Create();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        var person = db.Persons.Single(p => p.Niss == citizen.Niss);
        db.Cases.Single(c => c.Id == opened).MainPersonId.ShouldBe(person.Id);
    }

    [Fact]
    public void PhoneticSearch_SpellingVariant_FindsTheCpasPerson()
    {
        UseLanguage(UiCultures.Dutch);
        var page = Render<PersonsPage>();

        page.Find("input[data-testid=search-last-name]").Input("Marten");
        page.Find("input[data-testid=search-birth-date]").Input("30/07/1985");
        page.Find("[data-testid=phonetic-search-form]").Submit();

        var row = page.WaitForElement($"[data-testid=person-{Thomas}]", Wait);
        row.GetAttribute("data-source").ShouldBe("Cpas");
        row.QuerySelector("[data-testid=person-birth-date]")!.TextContent.ShouldBe("30/07/1985");
    }

    private Guid CaseOf(string niss, string reference)
    {
        using var scope = _host.ScopesFor("namur-social-worker", "cpas-namur", Roles.SocialWorker).Create();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        var number = Niss.Parse(niss, null);
        var person = db.Persons.Single(p => p.Niss == number);
        return db.Cases.Single(c => c.MainPersonId == person.Id && c.Reference == reference).Id;
    }

    private static SimulatedPerson RegisterAdult(int index) => SimulatedPersons.Adults[10 + index];

    private static Niss Unheld()
    {
        var nine = 000101_998L;
        return Niss.Parse($"{nine:000000000}{Niss.CheckDigits(nine, 1900):00}", null);
    }
}
