using PrimaWeb.Workflows.Activities.Letters;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Tests.Letters;

/// <summary>The repository's templates (definitions/letters) rendered with models built from the domain.</summary>
public class LetterTemplatesTests
{
    private static readonly LetterTemplates Templates = new LetterTemplateLoader(new LetterRenderer()).Load(LetterTestData.LettersFolder());

    [Fact]
    public async Task RenderAsync_FrenchGrant_PrintsAmountBreakdownLegalBasisAndAppealDeadline()
    {
        var model = LetterModelBuilder.Build(LetterTestData.Grant(Language.Fr));

        var html = await Templates.RenderAsync(model);

        html.ShouldContain("<html lang=\"fr\">", Case.Sensitive);
        html.ShouldContain("montant mensuel de <strong>735,03 €</strong>", Case.Sensitive);
        html.ShouldContain("<td>Montant annuel de référence, catégorie 2</td><td class=\"amount\">15.770,41 €</td><td>art. 14, § 1er, de la loi du 26 mai 2002</td>", Case.Sensitive);
        html.ShouldContain("<td>Ressources nettes annuelles (Marie Dupont)</td><td class=\"amount\">7.200,00 €</td>", Case.Sensitive);
        html.ShouldContain("<td>Exonération générale, catégorie 2</td><td class=\"amount\">-250,00 €</td><td>art. 22, § 2, de l&#x27;arrêté royal du 11 juillet 2002</td>", Case.Sensitive);
        html.ShouldContain("<li>loi du 26 mai 2002 concernant le droit à l&#x27;intégration sociale</li>", Case.Sensitive);
        html.ShouldContain("au plus tard le <strong>03/06/2025</strong>", Case.Sensitive);
        html.ShouldContain("tribunal du travail de Liège, division Namur", Case.Sensitive);
        html.ShouldContain("Rue de Fer 12 bte 3", Case.Sensitive);
        html.ShouldContain("en séance du 27/02/2025", Case.Sensitive);
    }

    [Fact]
    public async Task RenderAsync_DutchGrant_PrintsAmountBreakdownLegalBasisAndAppealDeadline()
    {
        var model = LetterModelBuilder.Build(LetterTestData.Grant(Language.Nl));

        var html = await Templates.RenderAsync(model);

        html.ShouldContain("<html lang=\"nl\">", Case.Sensitive);
        html.ShouldContain("maandbedrag van <strong>735,03 €</strong>", Case.Sensitive);
        html.ShouldContain("<td>Jaarlijks referentiebedrag, categorie 2</td><td class=\"amount\">15.770,41 €</td><td>art. 14, § 1, van de wet van 26 mei 2002</td>", Case.Sensitive);
        html.ShouldContain("<td>Toegekend maandbedrag</td><td class=\"amount\">735,03 €</td>", Case.Sensitive);
        html.ShouldContain("<li>wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie</li>", Case.Sensitive);
        html.ShouldContain("uiterlijk op <strong>03/06/2025</strong>", Case.Sensitive);
        html.ShouldContain("IJzerstraat 12 bus 3", Case.Sensitive);
        html.ShouldContain("kosteloos", Case.Sensitive);
    }

    [Theory]
    [InlineData(Language.Fr, "refusée", "Montant")]
    [InlineData(Language.Nl, "geweigerd", "Bedrag")]
    public async Task RenderAsync_Refusal_PrintsMotivationAndNoAmount(Language language, string refusedWord, string amountHeader)
    {
        var model = LetterModelBuilder.Build(LetterTestData.Refusal(language, "Vos ressources dépassent le montant du revenu d'intégration."));

        var html = await Templates.RenderAsync(model);

        html.ShouldContain(refusedWord, Case.Sensitive);
        // Apostrophes are HTML-encoded like every character that could break out of an attribute.
        html.ShouldContain("<p class=\"motivation\">Vos ressources dépassent le montant du revenu d&#x27;intégration.</p>", Case.Sensitive);
        html.ShouldNotContain("€", Case.Sensitive);
        html.ShouldNotContain($"<th>{amountHeader}</th>", Case.Sensitive);
        html.ShouldContain("03/06/2025", Case.Sensitive);
    }

    [Fact]
    public async Task RenderAsync_MotivationWithMarkup_IsEscaped()
    {
        var model = LetterModelBuilder.Build(LetterTestData.Refusal(Language.Fr, "Revenus <script>alert(1)</script> & loyers"));

        var html = await Templates.RenderAsync(model);

        html.ShouldContain("Revenus &lt;script&gt;alert(1)&lt;/script&gt; &amp; loyers", Case.Sensitive);
        html.ShouldNotContain("<script>", Case.Sensitive);
    }

    [Theory]
    [InlineData(RequestType.EquivalentRis, Language.Fr, "aide sociale financière équivalente au revenu d'intégration", "article 71 de la loi du 8 juillet 1976")]
    [InlineData(RequestType.EquivalentRis, Language.Nl, "financiële maatschappelijke hulp gelijkwaardig aan het leefloon", "artikel 71 van de organieke wet van 8 juli 1976")]
    public async Task RenderAsync_EquivalentRisGrant_UsesItsOwnTemplateAndAppealArticle(RequestType type, Language language, string aid, string appealArticle)
    {
        var model = LetterModelBuilder.Build(LetterTestData.Grant(language, type));

        var html = await Templates.RenderAsync(model);

        model.Kind.ShouldBe(LetterKinds.EquivalentRisDecision);
        html.ShouldContain(aid, Case.Sensitive);
        html.ShouldContain(appealArticle, Case.Sensitive);
        html.ShouldContain("735,03 €", Case.Sensitive);
    }

    [Theory]
    [InlineData(LetterDecisionOutcome.Withdrawn, "retiré")]
    [InlineData(LetterDecisionOutcome.Suspended, "suspendu")]
    [InlineData(LetterDecisionOutcome.GrantedModified, "diffère de ce que vous avez demandé")]
    public async Task RenderAsync_FinerOutcome_PrintsItsParagraph(LetterDecisionOutcome outcome, string expected)
    {
        var input = LetterTestData.Grant(Language.Fr) with { Outcome = outcome, EffectiveTo = new DateOnly(2025, 8, 31) };

        var html = await Templates.RenderAsync(LetterModelBuilder.Build(input));

        html.ShouldContain(expected, Case.Sensitive);
    }

    [Theory]
    [InlineData(RequestType.Dis, Language.Fr, LetterDecisionOutcome.Resumed, "reprend</strong> à partir du 03/02/2025")]
    [InlineData(RequestType.Dis, Language.Nl, LetterDecisionOutcome.Resumed, "hervat</strong> vanaf 03/02/2025")]
    [InlineData(RequestType.EquivalentRis, Language.Fr, LetterDecisionOutcome.Resumed, "aide sociale financière, qui avait été suspendu, <strong>reprend")]
    [InlineData(RequestType.EquivalentRis, Language.Nl, LetterDecisionOutcome.Resumed, "maatschappelijke hulp, die geschorst was, wordt <strong>hervat")]
    [InlineData(RequestType.Dis, Language.Fr, LetterDecisionOutcome.Revised, "revoit</strong> la décision précédente")]
    [InlineData(RequestType.Dis, Language.Nl, LetterDecisionOutcome.Revised, "herziet</strong> de vorige beslissing")]
    [InlineData(RequestType.EquivalentRis, Language.Fr, LetterDecisionOutcome.Revised, "revoit</strong> la décision précédente relative à votre aide sociale financière")]
    [InlineData(RequestType.EquivalentRis, Language.Nl, LetterDecisionOutcome.Revised, "herziet</strong> de vorige beslissing over uw financiële maatschappelijke hulp")]
    [InlineData(RequestType.Dis, Language.Nl, LetterDecisionOutcome.Suspended, "geschorst</strong> vanaf 03/02/2025")]
    [InlineData(RequestType.EquivalentRis, Language.Nl, LetterDecisionOutcome.Withdrawn, "ingetrokken</strong> vanaf 03/02/2025")]
    public async Task RenderAsync_MutationOfAGrant_PrintsItsParagraphWithTheLegalBasisAndTheAppeal(
        RequestType type, Language language, LetterDecisionOutcome outcome, string expected)
    {
        var input = LetterTestData.Grant(language, type) with { Outcome = outcome };

        var html = await Templates.RenderAsync(LetterModelBuilder.Build(input));

        html.ShouldContain(expected, Case.Sensitive);
        html.ShouldContain(language == Language.Fr ? "Possibilité de recours" : "Mogelijkheid tot beroep", Case.Sensitive);
        html.ShouldContain(language == Language.Fr ? "Base légale" : "Wettelijke basis", Case.Sensitive);
        html.Contains(language == Language.Fr ? "Calcul du montant" : "Berekening van het bedrag", StringComparison.Ordinal)
            .ShouldBe(outcome == LetterDecisionOutcome.Revised, "only a revision pays a (new) amount");
    }

    [Fact]
    public async Task RenderAsync_ManyLettersAtOnce_EachGetsItsOwnLanguage()
    {
        // The templates are a singleton shared by every request of the host.
        var models = Enumerable.Range(0, 40)
            .Select(i => LetterModelBuilder.Build(LetterTestData.Grant(i % 2 == 0 ? Language.Fr : Language.Nl)))
            .ToList();

        var letters = await Task.WhenAll(models.Select(m => Task.Run(() => Templates.RenderAsync(m))));

        for (var i = 0; i < letters.Length; i++)
        {
            letters[i].ShouldContain(i % 2 == 0 ? "<html lang=\"fr\">" : "<html lang=\"nl\">", Case.Sensitive);
            letters[i].ShouldContain("735,03 €", Case.Sensitive);
        }
    }

    [Fact]
    public void Kinds_RepositoryFolder_HoldsTheDecisionLettersInEveryLanguage()
    {
        Templates.Kinds.ShouldBe(
            [LetterKinds.DisDecision, LetterKinds.EquivalentRisDecision, LetterKinds.HeatingAllowanceDecision, LetterKinds.OtherAidDecision, LetterKinds.InstallationPremiumDecision],
            ignoreOrder: true);
        foreach (var kind in Templates.Kinds)
        {
            foreach (var language in Enum.GetValues<Language>())
            {
                Templates.Get(kind, language).Name.ShouldBe($"{kind}.{language.ToString().ToLowerInvariant()}.liquid");
            }
        }
    }
}
