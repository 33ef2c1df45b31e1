using PrimaWeb.Workflows.Activities.Letters;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Tests.Letters;

public class LetterModelBuilderTests
{
    [Fact]
    public void Build_Grant_TakesAmountAndBreakdownFromTheCalculation()
    {
        var model = LetterModelBuilder.Build(LetterTestData.Grant(Language.Fr));

        model.Kind.ShouldBe(LetterKinds.DisDecision);
        model.Language.ShouldBe(Language.Fr);
        model.Decision.Outcome.ShouldBe(LetterDecisionOutcome.Granted);
        model.Decision.EffectiveFrom.ShouldBe(new DateOnly(2025, 2, 3));
        var amount = model.Amount.ShouldNotBeNull();
        amount.MonthlyAmount.ShouldBe(735.03m);
        amount.Category.ShouldBe(2);
        amount.Lines.Select(l => l.Code).ShouldBe(
            ["category-amount", "resource", "person-counted", "counted-resources-total", "general-exemption", "counted-resources", "yearly-amount", "monthly-amount"]);
        amount.Lines.Single(l => l.Code == "general-exemption").Amount.ShouldBe(-250.00m);
        amount.Lines.Single(l => l.Code == "resource").PersonName.ShouldBe("Marie Dupont");
    }

    [Theory]
    [InlineData(Language.Fr)]
    [InlineData(Language.Nl)]
    public void Build_RealCalculation_TranslatesEveryLabelAndArticle(Language language)
    {
        var input = LetterTestData.Grant(language);
        var english = input.Calculation!.Segments[^1].Lines;

        var lines = LetterModelBuilder.Build(input).Amount!.Lines;

        // A new line code or citation in the calculation would come through in English: this catches it.
        lines.Select(l => l.Label).ShouldNotContain(label => english.Any(e => e.Label == label));
        lines.Select(l => l.LegalBasis).ShouldNotContain(basis => english.Any(e => e.LegalBasis == basis));
    }

    [Fact]
    public void Build_Grant_ListsLawsThenCitedArticlesWithoutCalculationConventions()
    {
        var model = LetterModelBuilder.Build(LetterTestData.Grant(Language.Nl));

        model.LegalBasis[0].ShouldBe("wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie");
        model.LegalBasis.ShouldContain("art. 22, § 2, van het koninklijk besluit van 11 juli 2002");
        model.LegalBasis.ShouldNotContain("jaarbedrag gedeeld door 12, afgerond op de cent");
        model.LegalBasis.Distinct().Count().ShouldBe(model.LegalBasis.Count);
    }

    [Fact]
    public void Build_Refusal_HasMotivationAndNoAmount()
    {
        var model = LetterModelBuilder.Build(LetterTestData.Refusal(Language.Fr, "Ressources suffisantes."));

        model.Decision.Outcome.ShouldBe(LetterDecisionOutcome.Refused);
        model.Decision.Motivation.ShouldBe("Ressources suffisantes.");
        model.Amount.ShouldBeNull();
        model.LegalBasis.Count.ShouldBe(3);
    }

    [Theory]
    [InlineData(LetterDecisionOutcome.Withdrawn)]
    [InlineData(LetterDecisionOutcome.Suspended)]
    public void Build_OutcomeThatPaysNothing_HasNoAmountEvenWithACalculation(LetterDecisionOutcome outcome)
    {
        var model = LetterModelBuilder.Build(LetterTestData.Grant(Language.Fr) with { Outcome = outcome });

        model.Decision.Outcome.ShouldBe(outcome);
        model.Amount.ShouldBeNull();
    }

    [Fact]
    public void Build_AppealDeadline_IsThreeMonthsAfterTheLetterDateByDefault()
    {
        var model = LetterModelBuilder.Build(LetterTestData.Grant(Language.Fr));

        model.Appeal.NotifiedOn.ShouldBe(new DateOnly(2025, 3, 3));
        model.Appeal.Deadline.ShouldBe(new DateOnly(2025, 6, 3));
        model.Appeal.Months.ShouldBe(3);
        model.Appeal.Court.Name.ShouldBe("tribunal du travail de Liège, division Namur");
    }

    [Fact]
    public void Build_GivenNotificationDate_RunsTheAppealFromIt()
    {
        // D-13 (deadlines.md): notification received 10/04/2025, appeal possible until 10/07/2025.
        var input = LetterTestData.Grant(Language.Fr) with { NotifiedOn = new DateOnly(2025, 4, 10) };

        var model = LetterModelBuilder.Build(input);

        model.Appeal.Deadline.ShouldBe(new DateOnly(2025, 7, 10));
    }

    [Fact]
    public void Build_GrantWithoutCalculation_Throws()
    {
        var input = LetterTestData.Grant(Language.Fr) with { Calculation = null };

        Should.Throw<ArgumentException>(() => LetterModelBuilder.Build(input)).Message.ShouldContain("RIS calculation", Case.Sensitive);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Build_RefusalWithoutMotivation_Throws(string? motivation)
    {
        var input = LetterTestData.Refusal(Language.Fr, motivation);

        Should.Throw<ArgumentException>(() => LetterModelBuilder.Build(input)).Message.ShouldContain("must carry its motivation", Case.Sensitive);
    }

    [Fact]
    public void Build_LetterDatedBeforeTheDecision_Throws()
    {
        var input = LetterTestData.Grant(Language.Fr) with { LetterDate = LetterTestData.DecidedOn.AddDays(-1) };

        Should.Throw<ArgumentException>(() => LetterModelBuilder.Build(input)).Message.ShouldContain("26/02/2025", Case.Sensitive);
    }

    [Fact]
    public void Build_RequestTypeWithoutLetter_IsNotSupported()
    {
        var input = LetterTestData.Refusal(Language.Fr, "x", RequestType.Recovery);

        Should.Throw<NotSupportedException>(() => LetterModelBuilder.Build(input));
    }

    [Theory]
    [InlineData(Language.Fr, "Rue de Fer 12 bte 3")]
    [InlineData(Language.Nl, "IJzerstraat 12 bus 3")]
    public void Build_RecipientAddress_ComposesLinesInTheLanguage(Language language, string streetLine)
    {
        var recipient = LetterModelBuilder.Build(LetterTestData.Grant(language)).Recipient;

        recipient.FullName.ShouldBe("Marie Dupont");
        recipient.NationalNumber.ShouldBe("93.05.18-223.61");
        var address = recipient.Address.ShouldNotBeNull();
        address.StreetLine.ShouldBe(streetLine);
        address.CityLine.ShouldBe("5000 Namur");
    }

    [Fact]
    public void Build_Model_RoundTripsThroughJson()
    {
        var model = LetterModelBuilder.Build(LetterTestData.Grant(Language.Fr));

        var json = System.Text.Json.JsonSerializer.Serialize(model);
        var back = System.Text.Json.JsonSerializer.Deserialize<LetterModel>(json).ShouldNotBeNull();

        back.Amount!.Lines.Count.ShouldBe(model.Amount!.Lines.Count);
        back.Appeal.ShouldBe(model.Appeal);
        back.Decision.ShouldBe(model.Decision);
    }
}
