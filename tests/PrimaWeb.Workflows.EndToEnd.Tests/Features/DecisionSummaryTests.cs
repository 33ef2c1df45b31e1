using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PrimaWeb.Workflows.EndToEnd.Tests.Features;

/// <summary>
/// Issue 17 point 4 on screen, on the shared demo: the Council's task (Namur, in French) and the proposal task (Gent, in
/// Dutch) show what the decision rests on beside the form — proposal and terms, social report, the RIS calculation with
/// its legal references, the household, the earlier decisions — and their forms start from the calculated values.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DecisionSummaryTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task NamurManager_InFrench_DecidesBesideTheProposalReportCalculationAndHousehold_TheFormStartingFromTheProposal()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("namur-manager", "/inbox");
        var panel = await page.OpenTaskFromInboxAsync("NA-2026-0001", "Décision du Conseil", team: true);
        var summary = panel.GetByTestId("decision-summary");
        // The demo's DIS was received 18 days ago; its calculation and the proposal start that day.
        var from = browser.Clock.BelgianToday.AddDays(-18);

        await Expect(summary).ToContainTextAsync("Éléments pour la décision");
        var monthly = await MonthlyAmountAsync(summary, "Montant mensuel octroyé");
        await Expect(summary.GetByTestId("summary-proposal")).ToHaveTextAsync($"octroi · Avec famille à charge (cat. 3) · {monthly.Shown} · {Belgian(from)}");
        await Expect(summary).ToContainTextAsync("Motivation : Revenus professionnels inférieurs au montant de la catégorie 3 ; fils étudiant à charge.");
        await Expect(summary.GetByTestId("summary-report")).ToContainTextAsync("Monsieur Martin vit avec son fils Lucas (20 ans), étudiant à temps plein");
        await Expect(LineReference(summary, "Ressources prises en compte — Martin Lucas")).ToHaveTextAsync("art. 34 de l'arrêté royal du 11 juillet 2002");
        await Expect(LineReference(summary, "Montant annuel de référence, catégorie 3")).ToHaveTextAsync("art. 14, § 1er, de la loi du 26 mai 2002");
        await Expect(summary.GetByTestId("summary-decisions")).ToHaveTextAsync("Aucune décision antérieure.");
        await Expect(panel.GetByTestId("task-context")).ToContainTextAsync("Martin Thomas — Personne principale");
        await Expect(panel.GetByTestId("task-context")).ToContainTextAsync("Martin Lucas — Enfant");
        (await summary.InnerTextAsync()).ShouldBePlainWords();

        // The Council's form starts from the proposal's terms; nothing is decided until the manager sends it.
        await Expect(panel.GetByTestId("choice-category-FamilyWithDependants")).ToBeCheckedAsync();
        await ExpectAmountAsync(panel, monthly.Amount);
        await Expect(panel.Locator("[data-testid=field-from] input")).ToHaveValueAsync(Iso(from));
        await Expect(panel.Locator("[data-testid=field-until] input")).ToHaveValueAsync("");

        // On the task's own page the summary stands beside the form; switched to Dutch, it says the same in Dutch.
        await OpenOwnPageAsync(page, panel, "Décision du Conseil");
        await page.SaveScreenshotAsync("council-decision-summary-fr");
        await SwitchLanguageAsync(page, "Nederlands", "Beslissing van de Raad");
        summary = page.GetByTestId("decision-summary");
        await Expect(summary).ToContainTextAsync("Elementen voor de beslissing");
        monthly = await MonthlyAmountAsync(summary, "Toegekend maandbedrag");
        await Expect(summary.GetByTestId("summary-proposal")).ToHaveTextAsync($"toekenning · Met gezinslast (cat. 3) · {monthly.Shown} · {Belgian(from)}");
        await Expect(LineReference(summary, "Jaarlijks referentiebedrag, categorie 3")).ToHaveTextAsync("art. 14, § 1, van de wet van 26 mei 2002");
        await Expect(LineReference(summary, "In aanmerking genomen bestaansmiddelen — Martin Lucas")).ToHaveTextAsync("art. 34 van het koninklijk besluit van 11 juli 2002");
        await Expect(summary.GetByTestId("summary-decisions")).ToHaveTextAsync("Geen eerdere beslissing.");
        await Expect(page.GetByTestId("task-context")).ToContainTextAsync("Martin Lucas — Kind");
        (await summary.InnerTextAsync()).ShouldBePlainWords();
        await ExpectAmountAsync(page.GetByTestId("task-form"), monthly.Amount);
        await page.SaveScreenshotAsync("council-decision-summary-nl");
    }

    [BrowserFact]
    public async Task GentSocialWorker_InDutch_WritesTheProposalBesideTheCalculation_TheFormStartingFromTheCalculatedValues()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("gent-social-worker", "/inbox");
        // The demo's own proposal task of Lotte De Smet (the shared demo also seeds one without a request, due sooner).
        var row = page.GetByTestId("my-tasks").Locator("tbody tr").Filter(new() { HasText = "GE-2026-0002" }).Filter(new() { HasText = "Sociaal verslag en voorstel" })
            .Filter(new() { HasNot = page.Locator("[data-due=duesoon]") });
        await Expect(row).ToHaveCountAsync(1);
        await row.GetByTestId("task-link").ClickAsync();
        var panel = page.GetByTestId("task-panel");
        var summary = panel.GetByTestId("decision-summary");
        var from = browser.Clock.BelgianToday.AddDays(-6);

        await Expect(summary).ToContainTextAsync("Elementen voor de beslissing");
        await Expect(summary.GetByTestId("summary-proposal")).ToHaveTextAsync("Nog geen voorstel.");
        await Expect(summary.GetByTestId("ris-calculation")).ToContainTextAsync($"Alleenstaande (cat. 2) · {Belgian(from)}");
        var monthly = await MonthlyAmountAsync(summary, "Toegekend maandbedrag");
        await Expect(LineReference(summary, "In aanmerking genomen bestaansmiddelen — De Smet Lotte"))
            .ToHaveTextAsync("art. 16 van de wet van 26 mei 2002 en art. 22 van het koninklijk besluit van 11 juli 2002");
        await Expect(LineReference(summary, "Toegekend maandbedrag")).ToHaveTextAsync("jaarbedrag gedeeld door 12, afgerond op de cent");
        await Expect(summary.GetByTestId("summary-decisions")).ToHaveTextAsync("Geen eerdere beslissing.");
        await Expect(panel.GetByTestId("task-context")).ToContainTextAsync("De Smet Lotte — Hoofdpersoon");
        (await summary.InnerTextAsync()).ShouldBePlainWords();

        // The proposal starts from the calculation: its category, monthly amount and first day.
        await Expect(panel.GetByTestId("choice-category-Isolated")).ToBeCheckedAsync();
        await ExpectAmountAsync(panel, monthly.Amount);
        await Expect(panel.Locator("[data-testid=field-from] input")).ToHaveValueAsync(Iso(from));

        // On the task's own page, beside the form; switched to French, the same in French.
        await OpenOwnPageAsync(page, panel, "Sociaal verslag en voorstel");
        await page.SaveScreenshotAsync("proposal-summary-nl");
        await SwitchLanguageAsync(page, "Français", "Rapport social et proposition");
        summary = page.GetByTestId("decision-summary");
        await Expect(summary.GetByTestId("summary-proposal")).ToHaveTextAsync("Pas encore de proposition.");
        await Expect(summary.GetByTestId("ris-calculation")).ToContainTextAsync($"Isolé (cat. 2) · {Belgian(from)}");
        await Expect(LineReference(summary, "Montant mensuel octroyé")).ToHaveTextAsync("montant annuel divisé par 12, arrondi au cent");
        await Expect(LineReference(summary, "Montant annuel de référence, catégorie 2")).ToHaveTextAsync("art. 14, § 1er, de la loi du 26 mai 2002");
        await Expect(summary.GetByTestId("summary-decisions")).ToHaveTextAsync("Aucune décision antérieure.");
        await Expect(page.GetByTestId("task-context")).ToContainTextAsync("De Smet Lotte — Personne principale");
        (await summary.InnerTextAsync()).ShouldBePlainWords();
        await Expect(page.GetByTestId("choice-category-Isolated")).ToBeCheckedAsync();
        await ExpectAmountAsync(page.GetByTestId("task-form"), monthly.Amount);
        await page.SaveScreenshotAsync("proposal-summary-fr");
    }

    /// <summary>Opens the task shown beside the inbox on its own page, where the summary stands to the right of the form.</summary>
    private static async Task OpenOwnPageAsync(IPage page, ILocator panel, string title)
    {
        await panel.GetByTestId("task-full-page").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await page.WaitForInteractiveAsync();
        var form = (await page.GetByTestId("task-form").BoundingBoxAsync()).ShouldNotBeNull();
        var summary = (await page.GetByTestId("decision-summary").BoundingBoxAsync()).ShouldNotBeNull();
        summary.X.ShouldBeGreaterThanOrEqualTo(form.X + form.Width);
        summary.Y.ShouldBeLessThan(form.Y + form.Height);
    }

    private static async Task SwitchLanguageAsync(IPage page, string language, string title)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = language }).ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
    }

    /// <summary>The monthly amount as the calculation's line shows it, and its value.</summary>
    private static async Task<(string Shown, decimal Amount)> MonthlyAmountAsync(ILocator summary, string line)
    {
        var shown = (await summary.GetByTestId("calculation-lines").Locator("tbody tr").Filter(new() { HasText = line }).Locator("td").Nth(1).InnerTextAsync()).Trim();
        var amount = ParseAmount(Amount().Match(shown).Value);
        amount.ShouldBeGreaterThan(0m);
        return (shown, amount);
    }

    /// <summary>The form's amount field holds the calculated amount (typed with a decimal comma, as the user would).</summary>
    private static async Task ExpectAmountAsync(ILocator form, decimal amount)
    {
        var input = form.Locator("[data-testid=field-monthlyAmount] input");
        await Expect(input).Not.ToHaveValueAsync("");
        ParseAmount(await input.InputValueAsync()).ShouldBe(amount);
    }

    private static decimal ParseAmount(string text) => decimal.Parse(
        text.Replace(".", "", StringComparison.Ordinal).Replace("\u202f", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal),
        NumberStyles.Number, CultureInfo.GetCultureInfo("fr-BE"));

    private static ILocator LineReference(ILocator summary, string line) =>
        summary.GetByTestId("calculation-lines").Locator("tbody tr").Filter(new() { HasText = line }).GetByTestId("legal-reference");

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Belgian(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[\d.\u202f\u00a0 ]*\d,\d{2}")]
    private static partial Regex Amount();
}
