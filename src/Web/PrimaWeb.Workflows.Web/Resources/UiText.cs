namespace PrimaWeb.Workflows.Web.Resources;

/// <summary>
/// Marker of the screens' texts: <c>UiText.resx</c> (English, neutral), <c>UiText.fr.resx</c>, <c>UiText.nl.resx</c>.
/// Legal terms keep their official names in each language (RIS/leefloon, CPAS/OCMW, BCSS/KSZ, SPP-IS/POD MI).
/// </summary>
public sealed class UiText
{
    private UiText()
    {
    }
}
