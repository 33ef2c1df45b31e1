using System.Collections;
using System.Globalization;
using System.Resources;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Components.Tests.Resources;

public sealed class UiTextTests
{
    private static readonly ResourceManager Texts = new(typeof(UiText).FullName!, typeof(UiText).Assembly);

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    public void Translation_HasEveryTextOfTheNeutralResources(string language)
    {
        var neutral = Keys(CultureInfo.InvariantCulture);

        var translated = Keys(CultureInfo.GetCultureInfo(language));

        neutral.Except(translated).ShouldBeEmpty();
        translated.Except(neutral).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("nl")]
    public void EveryRuleCode_OfTheDomainTheFormsTheTasksAndTheApi_HasItsSentence(string language)
    {
        var keys = Keys(CultureInfo.InvariantCulture).Union(language == "en" ? [] : Keys(CultureInfo.GetCultureInfo(language))).ToHashSet();

        var codes = RuleCodes.All.Concat(FormErrorCodes.All).Concat(TaskRefusalCodes.All).Concat(ApiErrorCodes.All).Distinct();

        codes.Where(code => !keys.Contains(RuleTexts.KeyPrefix + code)).ShouldBeEmpty();
    }

    private static HashSet<string> Keys(CultureInfo culture) =>
        [.. Texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>().Select(entry => (string)entry.Key)];
}
