namespace PrimaWeb.Workflows.Web.Resources;

/// <summary>
/// Marker of the activities' texts for the designer: <c>ActivityTexts.resx</c> (English, neutral),
/// <c>ActivityTexts.fr.resx</c>, <c>ActivityTexts.nl.resx</c>, keyed by the engine's stable keys
/// (<c>Activity.{type}.Name</c>, <c>.Description</c>, <c>.Input.{name}.Help</c>, <c>.Outcome.{name}</c>, <c>Outcome.{name}</c>).
/// </summary>
public sealed class ActivityTexts
{
    private ActivityTexts()
    {
    }
}
