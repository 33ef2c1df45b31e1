namespace PrimaWeb.Workflows.Web.Demo;

/// <summary>
/// <c>Demo:Enabled</c>: seeds the demo CPAS and offers the passwordless "pick a demo user" sign-in page.
/// On in Development (appsettings.Development.json), off otherwise: never enable it on a real deployment.
/// </summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }
}
