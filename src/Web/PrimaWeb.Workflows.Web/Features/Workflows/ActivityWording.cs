using System.Globalization;
using System.Resources;
using PrimaWeb.Workflows.Designer.Contract;
using PrimaWeb.Workflows.Web.Localization;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Workflows;

/// <summary>The texts of the engine's keys, from <see cref="ActivityTexts"/>: in the caller's language and in each of ours.</summary>
internal static class ActivityWording
{
    private static readonly ResourceManager Texts = new(typeof(ActivityTexts).FullName!, typeof(ActivityTexts).Assembly);

    /// <summary>The text of the first of <paramref name="keys"/> the resources have; empty texts when none has.</summary>
    public static LocalizedTextDto For(params IEnumerable<string> keys)
    {
        var key = keys.FirstOrDefault(k => Texts.GetString(k, CultureInfo.InvariantCulture) is not null);
        string? In(string culture) => key is null ? null : Texts.GetString(key, CultureInfo.GetCultureInfo(culture));
        return new LocalizedTextDto(
            key is null ? null : Texts.GetString(key, CultureInfo.CurrentUICulture),
            In(UiCultures.French),
            In(UiCultures.Dutch),
            In(UiCultures.English));
    }
}
