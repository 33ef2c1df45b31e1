using System.Collections;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities;
using PrimaWeb.Workflows.Engine;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Components.Tests.Resources;

/// <summary>
/// The engine speaks no host language: every registered activity, input and outcome is worded in the Web's
/// ActivityTexts resources, in English (neutral), French and Dutch, and no text is left for something that is gone.
/// </summary>
public sealed class ActivityTextsTests
{
    private static readonly ResourceManager Texts = new(typeof(ActivityTexts).FullName!, typeof(ActivityTexts).Assembly);

    public static TheoryData<string> Languages => ["", "fr", "nl"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Resources_EveryActivityInputAndOutcome_HasItsText(string language)
    {
        var texts = Keys(language);

        var missing = Registered().SelectMany(d => Required(d).Where(keys => !keys.Any(texts.Contains)).Select(keys => $"{d.Type}: {keys[0]}")).ToList();

        missing.ShouldBeEmpty($"ActivityTexts{(language.Length == 0 ? "" : "." + language)}.resx lacks these texts.");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Resources_EveryText_BelongsToARegisteredActivity(string language)
    {
        var used = Registered().SelectMany(Required).SelectMany(keys => keys).ToHashSet(StringComparer.Ordinal);

        Keys(language).Where(key => !used.Contains(key)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    public void Translation_HasEveryTextOfTheNeutralResources(string language)
    {
        var neutral = Keys("");

        var translated = Keys(language);

        neutral.Except(translated).ShouldBeEmpty();
        translated.Except(neutral).ShouldBeEmpty();
    }

    // The host's registry: the engine's built-in activities and every PrimaWeb activity.
    private static IReadOnlyList<ActivityDescriptor> Registered()
    {
        var services = new ServiceCollection();
        services.AddWorkflowEngine().AddPrimaWebActivities(Path.Combine(AppContext.BaseDirectory, "definitions"));
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IActivityRegistry>().List();
    }

    // For each text an activity needs, the keys that may give it (the first found wins).
    private static IEnumerable<IReadOnlyList<string>> Required(ActivityDescriptor descriptor) =>
        new IReadOnlyList<string>[] { [descriptor.NameKey], [descriptor.DescriptionKey] }
            .Concat(descriptor.Inputs.Select(i => (IReadOnlyList<string>)[i.HelpKey]))
            .Concat(descriptor.Outcomes.Select(descriptor.OutcomeKeys));

    private static HashSet<string> Keys(string language) =>
        [.. Texts.GetResourceSet(language.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(entry => (string)entry.Key)];
}
