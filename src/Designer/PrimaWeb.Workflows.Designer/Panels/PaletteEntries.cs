using PrimaWeb.Workflows.Designer.Contract;

namespace PrimaWeb.Workflows.Designer.Panels;

/// <summary>
/// What the palette offers: one entry per activity, its newest version. Older versions stay for the definitions that
/// use them (the canvas and the property panel still describe them), but a new step is always made of the newest:
/// two "Intégrer les personnes" side by side left the analyst guessing which one to take.
/// </summary>
public static class PaletteEntries
{
    public static IReadOnlyList<ActivityDescriptorDto> Newest(IEnumerable<ActivityDescriptorDto> descriptors)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        return [.. descriptors.GroupBy(d => d.Type, StringComparer.Ordinal).Select(g => g.MaxBy(d => d.Version)!)];
    }
}
