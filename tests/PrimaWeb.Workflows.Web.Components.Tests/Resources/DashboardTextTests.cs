using System.Collections;
using System.Globalization;
using System.Resources;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Web.Features.Incidents;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Components.Tests.Resources;

public sealed class DashboardTextTests
{
    private static readonly ResourceManager Texts = new(typeof(DashboardText).FullName!, typeof(DashboardText).Assembly);

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
    public void EveryValueTheDashboardWords_HasItsText()
    {
        var keys = Entries(CultureInfo.InvariantCulture).Keys;
        string[] needed =
        [
            .. Enum.GetNames<DeadlineRule>().Select(name => $"DeadlineRule_{name}"),
            .. Enum.GetNames<DeadlineState>().Select(name => $"State_{name}"),
            .. Enum.GetNames<SppIsFormType>().Select(name => $"FormType_{name}"),
            .. Enum.GetNames<CapacityCode>().Select(name => $"Capacity_{name}"),
            .. Enum.GetNames<IncidentActionOutcome>().Select(name => $"Result_{name}"),
        ];

        needed.Where(key => !keys.Contains(key)).ShouldBeEmpty();
    }

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        Texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value ?? string.Empty);
}
