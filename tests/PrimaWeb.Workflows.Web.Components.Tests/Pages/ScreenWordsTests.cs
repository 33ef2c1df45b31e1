using System.Text.RegularExpressions;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.Web.Features.Cases;
using PrimaWeb.Workflows.Web.Features.Tasks;
using PrimaWeb.Workflows.Web.Localization;

namespace PrimaWeb.Workflows.Web.Components.Tests.Pages;

/// <summary>
/// Every screen of the social worker's and the Council's work, rendered on the demo's data in French and in Dutch: no
/// text key, enumeration member, federal service code or JSON reaches the reader.
/// </summary>
[Collection(DemoHostCollection.Name)]
public sealed partial class ScreenWordsTests(DemoHost host) : ComponentTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    /// <summary>The members of the enumerations the screens show, as C# names them.</summary>
    private static readonly HashSet<string> EnumNames =
    [
        .. new[]
        {
            typeof(RequestStatus), typeof(RequestType), typeof(HumanTaskStatus), typeof(DecisionOutcome), typeof(SppIsFormType),
            typeof(SppIsFormStatus), typeof(HouseholdRelation), typeof(ConsultationOutcome), typeof(CaseStatus),
            typeof(Domain.Calculations.Ris.RisCategory), typeof(Domain.Calculations.Ris.ResourceKind),
        }.SelectMany(Enum.GetNames).Where(name => name.Length > 3),
    ];

    private static readonly HashSet<string> ServiceCodes = [.. ServiceCatalog.All.Select(service => service.Name)];

    /// <summary>English words of the definitions' titles and the services' messages that are no French or Dutch word.</summary>
    private static readonly HashSet<string> EnglishWords =
    [
        "the", "and", "with", "Resources", "expenses", "Council", "decision", "Decision", "refused", "request", "Request", "proposal",
        "review", "overdue", "Integration", "integration", "does", "exist", "cannot", "sent", "Rent", "Energy", "Debts",
    ];

    /// <summary>The ids of the definitions' steps (<c>resources</c>, <c>council</c> …): the journal names steps, not ids.</summary>
    private static readonly HashSet<string> StepIds =
    [
        .. Directory.GetFiles(Testing.Repository.PathTo("definitions"), "v*.json", SearchOption.AllDirectories)
            .SelectMany(file => System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!["activities"]!.AsArray())
            .Select(activity => activity!["id"]!.GetValue<string>()),
    ];

    public static TheoryData<string, string, string> Screens => new()
    {
        { "fr", "cpas-namur", "namur-social-worker" },
        { "nl", "ocmw-gent", "gent-social-worker" },
        { "fr", "cpas-namur", "namur-manager" },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task EveryScreen_OfTheDemoCases_SpeaksTheUsersLanguageOnly(string language, string tenant, string user)
    {
        UseLanguage(language == "fr" ? UiCultures.French : UiCultures.Dutch);
        var role = user.EndsWith("manager", StringComparison.Ordinal) ? Roles.Manager : Roles.SocialWorker;
        SignInAs(role, tenant);
        Services.AddSingleton(host.ScopesFor(user, tenant, role));
        Services.AddSingleton(DemoHost.UserFor(user, tenant, role));
        var (cases, tasks) = await DemoAsync(tenant);
        var texts = new List<(string Screen, string Text)>();

        // The inbox's three lists, with the menu's count: titles, persons, priorities and assignees in the user's words.
        foreach (var tab in Enum.GetValues<InboxTab>())
        {
            Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo(InboxCriteria.None.ToUri(tab));
            var inbox = Render<InboxPage>();
            inbox.WaitForState(() => !inbox.Markup.Contains("mud-progress-linear", StringComparison.Ordinal), Wait);
            texts.Add(($"inbox {tab}", AllText(inbox)));
        }

        foreach (var caseId in cases)
        {
            var page = Render<CaseFilePage>(parameters => parameters.Add(p => p.CaseId, caseId));
            page.WaitForElement("[data-testid=case-requests]", Wait);
            texts.Add(($"case {caseId}", AllText(page)));
        }

        foreach (var taskId in tasks)
        {
            var page = Render<TaskPage>(parameters => parameters.Add(p => p.TaskId, taskId));
            page.WaitForElement("[data-testid=task-context]", Wait);
            texts.Add(($"task {taskId}", AllText(page)));
        }

        texts.Count.ShouldBeGreaterThan(2);
        var words = LanguageWords(language);
        texts.SelectMany(text => Defects(text, words)).ShouldBeEmpty();
    }

    /// <summary>The words of the language's own texts: an enumeration member that is also a word of the language (Dutch "Open") is no defect.</summary>
    private static HashSet<string> LanguageWords(string language) =>
    [
        .. new System.Resources.ResourceManager(typeof(Web.Resources.UiText).FullName!, typeof(Web.Resources.UiText).Assembly)
            .GetResourceSet(System.Globalization.CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>()
            .SelectMany(entry => Word().Matches((string)entry.Value!).Select(match => match.Value)),
    ];

    private static IEnumerable<string> Defects((string Screen, string Text) screen, HashSet<string> languageWords)
    {
        foreach (Match word in Word().Matches(screen.Text))
        {
            if ((EnumNames.Contains(word.Value) || ServiceCodes.Contains(word.Value) || StepIds.Contains(word.Value) || EnglishWords.Contains(word.Value)) && !languageWords.Contains(word.Value))
            {
                yield return $"{screen.Screen}: '{word.Value}' in «{Around(screen.Text, word.Index)}»";
            }
        }

        foreach (Match key in TextKey().Matches(screen.Text))
        {
            yield return $"{screen.Screen}: text key '{key.Value}' in «{Around(screen.Text, key.Index)}»";
        }

        if (screen.Text.Contains("{\"", StringComparison.Ordinal) || screen.Text.Contains("\":", StringComparison.Ordinal))
        {
            yield return $"{screen.Screen}: JSON in «{Around(screen.Text, screen.Text.IndexOf('{', StringComparison.Ordinal))}»";
        }
    }

    private static string AllText(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> page) => string.Concat(page.Nodes.Select(node => node.TextContent));

    private static string Around(string text, int index) => text.Substring(Math.Max(0, index - 40), Math.Min(100, text.Length - Math.Max(0, index - 40)));

    private async Task<(List<Guid> Cases, List<Guid> Tasks)> DemoAsync(string tenant)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        var cases = await db.Cases.IgnoreQueryFilters().Where(c => c.TenantId == tenant).Select(c => c.Id).ToListAsync();
        var tasks = await db.Set<HumanTask>().AsNoTracking()
            .Where(t => t.TenantId == tenant && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Claimed))
            .Select(t => t.Id).ToListAsync();
        return (cases, tasks);
    }

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z0-9.]+\b")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(TaskType|Field|Choice|Rule|Card|Calc|Service|Register|FormType|LetterTemplate|Language|Outcome|RequestStatus|RequestType|TaskStatus|Relation|Summary|RefusalTask|ServiceRefusal)_[A-Za-z0-9_-]+")]
    private static partial Regex TextKey();
}
