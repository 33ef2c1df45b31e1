using Microsoft.Playwright;
using PrimaWeb.Workflows.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace PrimaWeb.Workflows.EndToEnd.Tests.Features;

/// <summary>
/// Issue 17 point 5 on screen: the de facto household is changed on the case page (a stay ended, a member of the official
/// household added back, a NISS refused with its reason), and an unknown address shows the not-found page, in Dutch
/// and in French. Its own app: the households it changes are the shared app's demo data.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HouseholdEditingTests(BrowserFixture browser, SeparateAppFixture separate) : IClassFixture<SeparateAppFixture>
{
    private PrimaWebFactory App => separate.App;

    [BrowserFact]
    public async Task GentSocialWorker_InDutch_EndsASonsStay_AndAddsHimBackFromTheOfficialHousehold()
    {
        var page = await browser.NewPageAsync(App);
        await page.SignInAsync("gent-social-worker", "/cases");
        await page.GetByRole(AriaRole.Link, new() { Name = "GE-2026-0001" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Dossier GE-2026-0001");
        var deFacto = page.GetByTestId("de-facto-household");
        await Expect(deFacto).ToContainTextAsync("Janssens Milan");

        await page.GetByTestId("de-facto-member").ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("Janssens Milan", new() { Exact = false }).ClickAsync();
        var yesterday = separate.Clock.BelgianToday.AddDays(-1);
        await page.GetByLabel("Laatste dag in het gezin").FillAsync(yesterday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("de-facto-end").ClickAsync();
        await Expect(page.GetByText("Het verblijf van het lid is beëindigd.")).ToBeVisibleAsync();
        await Expect(deFacto.Locator("tbody tr").Filter(new() { HasText = "Janssens Milan" })).ToContainTextAsync(yesterday.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));

        // Milan is in the official household but no longer lives there: the editor offers him back.
        await page.GetByTestId("de-facto-who").ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("Janssens Milan", new() { Exact = false }).ClickAsync();
        await page.GetByTestId("de-facto-add").ClickAsync();
        await Expect(page.GetByText("Het feitelijk gezin is bijgewerkt.")).ToBeVisibleAsync();
        await Expect(deFacto.Locator("tbody tr").Filter(new() { HasText = "Janssens Milan" })).ToHaveCountAsync(2);
        await page.SaveScreenshotAsync("case-household-editor-nl");

        await page.GotoAsync(new Uri(App.BaseAddress, "/bestaat-niet").ToString());
        await Expect(page.GetByTestId("not-found")).ToContainTextAsync("Niet gevonden");
        await Expect(page.Locator("body")).Not.ToContainTextAsync("Status Code");
    }

    [BrowserFact]
    public async Task NamurSocialWorker_InFrench_TypesAWrongNiss_IsToldWhyAndNothingChanges()
    {
        var page = await browser.NewPageAsync(App);
        await page.SignInAsync("namur-social-worker", "/cases");
        await page.GetByRole(AriaRole.Link, new() { Name = "NA-2026-0003" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Dossier NA-2026-0003");
        var rows = page.GetByTestId("de-facto-household").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(1);

        await page.Locator("input[data-testid=de-facto-niss], [data-testid=de-facto-niss] input").First.FillAsync("85.07.30-033.29");
        await page.GetByTestId("de-facto-add").ClickAsync();

        await Expect(page.GetByTestId("de-facto-refused")).ToContainTextAsync("NISS");
        await Expect(rows).ToHaveCountAsync(1);
        await page.SaveScreenshotAsync("case-household-refused-fr");

        await page.GotoAsync(new Uri(App.BaseAddress, "/nexiste-pas").ToString());
        await Expect(page.GetByTestId("not-found")).ToContainTextAsync("Introuvable");
        await Expect(page.Locator("body")).Not.ToContainTextAsync("Status Code");
    }
}
