using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.Migration;
using PrimaWeb.Workflows.Engine.Versioning;
using PrimaWeb.Workflows.Testing;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Components.Tests.Resources;

public sealed partial class DesignerTextsTests
{
    private static readonly ResourceManager Texts = new(typeof(DesignerTexts).FullName!, typeof(DesignerTexts).Assembly);

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    public void Translation_HasEveryTextOfTheNeutralResources_NoneEmpty(string language)
    {
        var neutral = Entries(CultureInfo.InvariantCulture);

        var translated = Entries(CultureInfo.GetCultureInfo(language));

        neutral.Keys.Except(translated.Keys).ShouldBeEmpty();
        translated.Keys.Except(neutral.Keys).ShouldBeEmpty();
        translated.Where(entry => string.IsNullOrWhiteSpace(entry.Value)).Select(entry => entry.Key).ShouldBeEmpty();
    }

    [Fact]
    public void EveryKeyTheDesignerNames_HasItsText()
    {
        var keys = Entries(CultureInfo.InvariantCulture).Keys;
        var sources = Directory.EnumerateFiles(Repository.PathTo("src/Designer"), "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".razor", StringComparison.Ordinal) || file.EndsWith(".cs", StringComparison.Ordinal))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();
        var named = sources.SelectMany(source => NamedKey().Matches(source).Select(match => match.Groups["key"].Value)).Distinct().ToList();
        var prefixes = sources.SelectMany(source => NamedPrefix().Matches(source).Select(match => match.Groups["prefix"].Value)).Distinct().ToList();

        named.Count.ShouldBeGreaterThan(50, "the scan must find the designer's keys");
        named.Where(key => !keys.Contains(key)).ShouldBeEmpty();
        prefixes.Where(prefix => !keys.Any(key => key.StartsWith(prefix, StringComparison.Ordinal))).ShouldBeEmpty("a key built from a code needs texts under its prefix");
    }

    [Fact]
    public void EveryCodeTheDesignerWords_HasItsText()
    {
        var keys = Entries(CultureInfo.InvariantCulture).Keys;
        string[] needed =
        [
            .. Enum.GetNames<DefinitionErrorCode>().Select(code => $"DefinitionError_{code}"),
            .. Enum.GetNames<CatalogRefusal>().Select(code => $"Refusal_{code}"),
            .. new[] { "draft", "published", "retired" }.Select(status => $"Designer_Status_{status}"),
            .. Enum.GetNames<ActivityInputType>().Select(type => $"Designer_InputType_{type}"),
            .. Enum.GetNames<MigrationItemStatus>().Select(status => $"Designer_Item_{status}"),
            .. Enum.GetNames<MigrationRefusalKind>().Select(kind => $"Designer_MigrationRefusal_{kind}"),
            .. Enum.GetNames<WorkflowStatus>().Select(status => $"Designer_Instance_{status}"),
            .. Enum.GetNames<JournalEventKind>().Select(kind => $"Designer_Step_{kind}"),
            .. new[] { "BCSS", "Cases", "Control", "Council", "Letters", "RIS", "Requests", "Tasks" }.Select(category => $"Designer_Category_{category}"),
        ];

        needed.Where(key => !keys.Contains(key)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    public void EveryStepLabelOfThePublishedDefinitions_IsWorded(string language)
    {
        var translated = Entries(CultureInfo.GetCultureInfo(language));
        var labels = Directory.EnumerateFiles(Repository.PathTo("definitions"), "v*.json", SearchOption.AllDirectories)
            .SelectMany(file => System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!["activities"]!.AsArray())
            .Select(activity => (string?)activity!["displayName"])
            .OfType<string>()
            .Distinct()
            .ToList();

        labels.Count.ShouldBeGreaterThan(50, "the scan must find the definitions' labels");
        labels.Where(label => !translated.ContainsKey(PrimaWeb.Workflows.Designer.Texts.DesignerWording.StepLabelKey(label))).ShouldBeEmpty();
    }

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        Texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value ?? string.Empty);

    [GeneratedRegex(@"(?:\bT|\btext)(?:\[""|\.Format\("")(?<key>[A-Za-z0-9_]+)""")]
    private static partial Regex NamedKey();

    [GeneratedRegex(@"(?:\bT|\btext)\[\$""(?<prefix>[A-Za-z0-9_]+)\{")]
    private static partial Regex NamedPrefix();
}
