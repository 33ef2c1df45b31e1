using PrimaWeb.Workflows.Designer.Contract;
using PrimaWeb.Workflows.Designer.Model;

namespace PrimaWeb.Workflows.Designer.Canvas;

/// <summary>
/// What a step is called on the canvas: its label (the definition's <c>displayName</c>), else the name of its activity
/// in the user's language; and, under a label, what kind of step it is. The type's technical name is never shown.
/// </summary>
public static class StepLabel
{
    /// <summary>The step's title and, when the title is its own label, the activity's name (else empty).</summary>
    public static (string Title, string Kind) Of(DraftActivity activity, ActivityDescriptorDto? descriptor, Func<string, string>? labelText = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var name = descriptor is null ? null : Text(descriptor.Name);
        if (!string.IsNullOrWhiteSpace(activity.DisplayName))
        {
            var label = activity.DisplayName.Trim();
            var title = labelText?.Invoke(label) ?? label;
            return (title, name is null || string.Equals(name, title, StringComparison.OrdinalIgnoreCase) ? "" : name);
        }

        return (name ?? activity.Id, "");
    }

    /// <summary>A descriptor text in the user's language; French when the host has none in it.</summary>
    public static string? Text(LocalizedTextDto text) =>
        text is null ? null : new[] { text.Text, text.Fr }.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
}
