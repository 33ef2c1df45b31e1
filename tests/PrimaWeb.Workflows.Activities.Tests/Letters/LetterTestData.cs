using System.Globalization;
using PrimaWeb.Workflows.Activities.Letters;
using PrimaWeb.Workflows.Domain.Calculations.Reference;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Activities.Tests.Letters;

/// <summary>
/// A DIS request of worked example R-1 (ris.md): category 2, February 2025, a net wage of 600.00 a month, giving
/// 735.03 a month; the calculation runs on the repository's reference data so the letter shows real breakdown lines.
/// </summary>
internal static class LetterTestData
{
    public const string Tenant = "cpas-namur";
    public const string Claimant = "claimant";

    public static readonly DateOnly ReceivedOn = new(2025, 2, 3);
    public static readonly DateOnly DecidedOn = new(2025, 2, 27);
    public static readonly DateOnly LetterDate = new(2025, 3, 3);
    public static readonly DateOnly Today = new(2025, 3, 3);

    private static readonly Lazy<RisCalculator> Calculator = new(() =>
    {
        var folder = Repository.PathTo("definitions", "reference");
        var sources = Directory.GetFiles(folder, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => new ReferenceDataSource("definitions/reference/" + Path.GetFileName(path), File.ReadAllText(path)));
        return new RisCalculator(RisReferenceData.From(ReferenceDataSet.Parse(sources)));
    });

    public static string LettersFolder() => Repository.PathTo("definitions", "letters");

    public static Person Person(Language language) => new(
        Tenant,
        Niss.Parse("93051822361", CultureInfo.InvariantCulture),
        "Dupont",
        "Marie",
        birthDate: null,
        Gender.Unknown,
        "BE",
        new Address(language == Language.Fr ? "Rue de Fer" : "IJzerstraat", "12", "3", "5000", "Namur"),
        language);

    public static LetterCpas Cpas() => new(
        "CPAS de Namur",
        new LetterAddress("Rue de Dave", "165", null, "5100", "Jambes", "BE", "Rue de Dave 165", "5100 Jambes"),
        "081 33 70 00",
        "info@cpasnamur.be",
        new LetterCourt(
            "tribunal du travail de Liège, division Namur",
            new LetterAddress("Place du Palais de Justice", "5", null, "5000", "Namur", "BE", "Place du Palais de Justice 5", "5000 Namur")));

    public static RisCalculationResult Calculation(decimal monthlyWage = 600.00m) => Calculator.Value.Calculate(new RisCalculationRequest
    {
        Category = RisCategory.Isolated,
        PeriodStart = new DateOnly(2025, 2, 1),
        PeriodEnd = new DateOnly(2025, 2, 28),
        Members = [new RisHouseholdMember(Claimant, CohabitantRelation.Claimant)],
        Resources = [new RisResource(Claimant, ResourceKind.EarnedIncome, monthlyWage)],
    });

    public static LetterInput Grant(Language language, RequestType type = RequestType.Dis)
    {
        var request = Submitted(type);
        var decision = request.Grant(DecidedOn, new DateOnly(2025, 2, 3), Today, "Vous remplissez les conditions d'octroi.");
        return Input(language, request, decision) with
        {
            Calculation = Calculation(),
            PersonNames = new Dictionary<string, string> { [Claimant] = "Marie Dupont" },
        };
    }

    public static LetterInput Refusal(Language language, string? motivation, RequestType type = RequestType.Dis)
    {
        var request = Submitted(type);
        var decision = request.Refuse(DecidedOn, Today, motivation);
        return Input(language, request, decision);
    }

    private static LetterInput Input(Language language, Request request, Decision decision) => new()
    {
        Cpas = Cpas(),
        Person = Person(language),
        Request = request,
        Decision = decision,
        SocialWorker = new LetterContact("Sophie Lambert", "081 33 70 42", "sophie.lambert@cpasnamur.be"),
        LetterDate = LetterDate,
        Reference = "DIS/2025/0042",
    };

    private static Request Submitted(RequestType type)
    {
        var request = new Request(Tenant, Guid.NewGuid(), type, ReceivedOn, Today);
        request.StartInvestigation();
        request.PrepareProposal();
        request.SubmitToCouncil();
        return request;
    }
}
