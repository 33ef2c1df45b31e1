using System.Collections;
using System.Globalization;
using System.Resources;
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

    private static HashSet<string> Keys(CultureInfo culture) =>
        [.. Texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>().Select(entry => (string)entry.Key)];
}
