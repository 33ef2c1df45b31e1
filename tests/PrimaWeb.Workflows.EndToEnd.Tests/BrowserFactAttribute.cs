namespace PrimaWeb.Workflows.EndToEnd.Tests;

/// <summary>
/// A test in a real browser. Without Chromium it fails with <see cref="BrowserEnvironment.MissingChromiumMessage"/>,
/// unless <see cref="BrowserEnvironment.SkipVariable"/> asks to skip it.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserEnvironment.ChromiumPath is null && BrowserEnvironment.SkipRequested)
        {
            Skip = BrowserEnvironment.MissingChromiumMessage;
        }
    }
}
