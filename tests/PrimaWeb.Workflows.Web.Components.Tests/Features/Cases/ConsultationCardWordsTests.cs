using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Errors;
using PrimaWeb.Workflows.FederalServices.Identification;
using PrimaWeb.Workflows.FederalServices.Investigation;
using PrimaWeb.Workflows.Web.Features.Cases;
using PrimaWeb.Workflows.Web.Localization;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Cases;

/// <summary>
/// Every consultation card, for the registers' answers on a demo person (the simulator's, through the gateway),
/// opened in French and in Dutch: no register code (<c>MARRIED</c>, <c>FULL_UNEMPLOYMENT</c> …) and no English word.
/// </summary>
[Collection(DemoHostCollection.Name)]
public sealed partial class ConsultationCardWordsTests(DemoHost host) : ComponentTestContext
{
    private static readonly HashSet<string> EnglishWords =
        ["the", "and", "with", "married", "single", "divorced", "widowed", "child", "reference", "unknown", "pending", "unemployment", "owner", "ownership"];

    [Theory]
    [InlineData("fr", "cpas-namur", "namur-social-worker", "85073003328")]
    [InlineData("nl", "ocmw-gent", "gent-social-worker", "75010128704")]
    public async Task EveryCard_OfARegistersAnswer_SpeaksTheUsersLanguage_WithoutRegisterCodes(string language, string tenant, string user, string niss)
    {
        UseLanguage(language == "fr" ? UiCultures.French : UiCultures.Dutch);
        await using var scope = host.ScopesFor(user, tenant, Roles.SocialWorker).Create();
        var words = LanguageWords(language);
        var defects = new List<string>();
        var shown = new List<string>();

        foreach (var (service, answer) in await AnswersAsync(scope.ServiceProvider, tenant, user, Niss.Parse(niss, null)))
        {
            var card = Render<ConsultationCard>(p => p.Add(c => c.Service, service).Add(c => c.Answer, answer));
            shown.Add(service);
            // Each text of the card apart (a label and its value are separate texts).
            var text = string.Join(" ", card.Nodes.SelectMany(node => node.GetDescendantsAndSelf()).OfType<AngleSharp.Dom.IText>().Select(t => t.Data));
            defects.AddRange(Code().Matches(text).Select(m => m.Value).Where(code => !words.Contains(code)).Select(code => $"{service}: code {code}"));
            defects.AddRange(Word().Matches(text).Select(m => m.Value).Where(EnglishWords.Contains).Where(w => !words.Contains(w)).Select(w => $"{service}: '{w}'"));
        }

        shown.Count.ShouldBeGreaterThanOrEqualTo(10, string.Join(", ", shown));
        defects.Distinct().ShouldBeEmpty();
    }

    /// <summary>Each flow's answer for the person, as the gateway types it (a flow the registers refuse is left out).</summary>
    private static async Task<List<(string Service, object Answer)>> AnswersAsync(IServiceProvider services, string tenant, string user, Niss niss)
    {
        var investigation = services.GetRequiredService<IInvestigationClient>();
        var identification = services.GetRequiredService<IIdentificationClient>();
        var context = new FederalCallContext(tenant, user, null, null, LegalContext.SocialInquiry);
        var period = new Period(new DateOnly(2020, 1, 1), new DateOnly(2026, 12, 31));
        var calls = new (string Service, Func<Task<object>> Call)[]
        {
            (ServiceCatalog.IdentifyPerson.Name, async () => await identification.IdentifyBySsinAsync(context, niss)),
            (ServiceCatalog.PerformInvestigation.Name, async () => await investigation.PerformInvestigationAsync(context, new PerformInvestigationRequest(niss))),
            (ServiceCatalog.RetrieveTIGroups.Name, async () => await investigation.RetrieveTIGroupsAsync(context, new RetrieveTIGroupsRequest(niss))),
            (ServiceCatalog.HealthInsurance.Name, async () => await investigation.ConsultHealthInsuranceAsync(context, new HealthInsuranceRequest(niss, period))),
            (ServiceCatalog.L950.Name, async () => await investigation.ConsultPersonnelFileAsync(context, new L950Request(niss, period))),
            (ServiceCatalog.L301.Name, async () => await investigation.ConsultSelfEmployedAsync(context, new L301Request(niss, period))),
            (ServiceCatalog.AddressHistory.Name, async () => await investigation.ConsultAddressesAsync(context, new AddressHistoryRequest(niss))),
            (ServiceCatalog.WaitingRegister.Name, async () => await investigation.ConsultWaitingRegisterAsync(context, new WaitingRegisterRequest(niss))),
            (ServiceCatalog.PensionCadastre.Name, async () => await investigation.ConsultPensionCadastreAsync(context, new PensionCadastreRequest(niss, period))),
            (ServiceCatalog.RealEstate.Name, async () => await investigation.ConsultRealEstateAsync(context, new RealEstateRequest(niss))),
            (ServiceCatalog.FamilyAllowances.Name, async () => await investigation.ConsultFamilyAllowancesAsync(context, new FamilyAllowancesRequest(niss, period))),
            (ServiceCatalog.Unemployment.Name, async () => await investigation.ConsultUnemploymentAsync(context, new UnemploymentRequest(niss, period))),
        };
        var answers = new List<(string, object)>();
        foreach (var (service, call) in calls)
        {
            try
            {
                answers.Add((service, await call()));
            }
            catch (FederalServiceException)
            {
                // Refused by the registers (not integrated for this flow …): no card to judge.
            }
        }

        return answers;
    }

    /// <summary>The words of the language's own texts (an organisation's acronym the language keeps, like ONSS, is no defect).</summary>
    private static HashSet<string> LanguageWords(string language) =>
    [
        .. new System.Resources.ResourceManager(typeof(Web.Resources.UiText).FullName!, typeof(Web.Resources.UiText).Assembly)
            .GetResourceSet(System.Globalization.CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>()
            .SelectMany(entry => Word().Matches((string)entry.Value!).Select(match => match.Value)),
    ];

    [GeneratedRegex(@"\b[A-Z][A-Z0-9_]{2,}\b")]
    private static partial Regex Code();

    [GeneratedRegex(@"\b[A-Za-z_]+\b")]
    private static partial Regex Word();
}
