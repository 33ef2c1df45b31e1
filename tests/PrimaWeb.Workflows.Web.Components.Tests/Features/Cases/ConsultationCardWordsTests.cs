using System.Text.RegularExpressions;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Web.Features.Cases;
using PrimaWeb.Workflows.Web.Localization;

namespace PrimaWeb.Workflows.Web.Components.Tests.Features.Cases;

/// <summary>
/// Every consultation card of the demo's answered consultations (the registers' real answers, from the simulator),
/// opened in French and in Dutch: no register code (<c>MARRIED</c>, <c>FULL_UNEMPLOYMENT</c> …) and no English word.
/// </summary>
[Collection(DemoHostCollection.Name)]
public sealed partial class ConsultationCardWordsTests(DemoHost host) : ComponentTestContext
{
    private static readonly HashSet<string> EnglishWords =
        ["the", "and", "with", "married", "single", "divorced", "widowed", "child", "reference", "unknown", "pending", "unemployment", "owner", "ownership"];

    [Theory]
    [InlineData("fr", "cpas-namur", "namur-social-worker")]
    [InlineData("nl", "ocmw-gent", "gent-social-worker")]
    public async Task EveryCard_OfTheDemosAnswers_SpeaksTheUsersLanguage_WithoutRegisterCodes(string language, string tenant, string user)
    {
        UseLanguage(language == "fr" ? UiCultures.French : UiCultures.Dutch);
        await using var scope = host.ScopesFor(user, tenant, Roles.SocialWorker).Create();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        var queries = scope.ServiceProvider.GetRequiredService<CaseWorkQueries>();
        var words = LanguageWords(language);
        var defects = new List<string>();
        var services = new HashSet<string>(StringComparer.Ordinal);

        foreach (var caseId in await db.Cases.Select(c => c.Id).ToListAsync())
        {
            var work = await queries.FindAsync(caseId, CancellationToken.None);
            foreach (var consultation in work!.File.Consultations.Where(c => c.HasAnswer))
            {
                var answer = ConsultationAnswers.Read(consultation.Service, await queries.ConsultationAnswerAsync(consultation.Id, CancellationToken.None));
                var card = Render<ConsultationCard>(p => p.Add(c => c.Service, consultation.Service).Add(c => c.Answer, answer));
                services.Add(consultation.Service);
                var text = string.Concat(card.Nodes.Select(node => node.TextContent));
                defects.AddRange(Code().Matches(text).Select(m => m.Value).Where(code => !words.Contains(code)).Select(code => $"{consultation.Service}: code {code}"));
                defects.AddRange(Word().Matches(text).Select(m => m.Value).Where(EnglishWords.Contains).Where(w => !words.Contains(w)).Select(w => $"{consultation.Service}: '{w}'"));
            }
        }

        services.Count.ShouldBeGreaterThan(3);
        defects.Distinct().ShouldBeEmpty();
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
