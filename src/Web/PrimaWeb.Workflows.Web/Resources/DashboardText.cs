namespace PrimaWeb.Workflows.Web.Resources;

/// <summary>
/// Marker of the texts of the manager's dashboard and the operators' incidents screen: <c>DashboardText.resx</c>
/// (English, neutral), <c>DashboardText.fr.resx</c>, <c>DashboardText.nl.resx</c>; also the CSV headers of their lists.
/// </summary>
public sealed class DashboardText
{
    private DashboardText()
    {
    }
}
