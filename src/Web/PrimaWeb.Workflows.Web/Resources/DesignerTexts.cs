namespace PrimaWeb.Workflows.Web.Resources;

/// <summary>
/// Marker of the designer's texts: <c>DesignerTexts.resx</c> (English, neutral), <c>.fr.resx</c>, <c>.nl.resx</c>; the
/// designer library names the keys (Designer_*, DefinitionError_*, Refusal_*), the host words them.
/// </summary>
public sealed class DesignerTexts
{
    private DesignerTexts()
    {
    }
}
