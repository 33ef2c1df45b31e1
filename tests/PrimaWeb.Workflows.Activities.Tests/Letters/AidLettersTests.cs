using PrimaWeb.Workflows.Activities.Letters;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Tests.Letters;

/// <summary>The letters of the other aid and the installation premium, rendered from their templates in Dutch and French.</summary>
public sealed class AidLettersTests
{
    private static readonly LetterTemplates Templates = new LetterTemplateLoader(new LetterRenderer()).Load(LetterTestData.LettersFolder());

    [Fact]
    public async Task RenderAsync_DutchPremiumGrant_PrintsTheAmountTheDwellingAndTheAppealUnderTheOrganicLaw()
    {
        var input = LetterTestData.Grant(Language.Nl, RequestType.InstallationPremium) with
        {
            Aid = new LetterAid("Installatiepremie", 1444.20m, new DateOnly(2025, 2, 3), null,
                [new LetterAidLine("Nieuwe woning", "Brouwersstraat 7, 5000 Namen")]),
        };

        var html = await Templates.RenderAsync(LetterModelBuilder.Build(input));

        html.ShouldContain("<strong>installatiepremie</strong> <strong>toegekend</strong>");
        html.ShouldContain("1.444,20 €");
        html.ShouldContain("Brouwersstraat 7, 5000 Namen");
        html.ShouldContain("artikel 71 van de organieke wet");
        html.ShouldContain("<strong>3 maanden</strong>");
        html.ShouldContain("57bis", Case.Sensitive, "the legal basis of the premium");
    }

    [Fact]
    public async Task RenderAsync_FrenchOtherAidRefusal_PrintsTheMotivationAndNoAmount()
    {
        var model = LetterModelBuilder.Build(LetterTestData.Refusal(Language.Fr, "Vos ressources couvrent ce besoin.", RequestType.OtherAid));

        var html = await Templates.RenderAsync(model);

        html.ShouldContain("Votre demande d'aide sociale est <strong>refusée</strong>");
        html.ShouldContain("Vos ressources couvrent ce besoin.");
        html.ShouldContain("tribunal du travail");
        html.ShouldNotContain("€");
    }
}
