namespace PrimaWeb.Workflows.Web.Features.Workflows;

/// <summary>A text in the activity's own words (<see cref="Default"/>, English) and in French and Dutch when the activity gives them.</summary>
public sealed record LocalizedTextDto(string? Default, string? Fr, string? Nl)
{
    internal static LocalizedTextDto From(string? text, IReadOnlyDictionary<string, string> localized) =>
        new(text, localized.GetValueOrDefault("fr"), localized.GetValueOrDefault("nl"));
}
