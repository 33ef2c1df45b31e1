using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.EndToEnd.Tests;

/// <summary>
/// Where the Chromium binary is: <c>PRIMAWEB_TEST_CHROMIUM</c>, else <c>chromium</c> on the PATH (Debian's package,
/// which .ci/run installs). Playwright never downloads a browser here.
/// </summary>
public static class BrowserEnvironment
{
    /// <summary>When set (to anything), browser tests are skipped on a machine without Chromium instead of failing.</summary>
    public const string SkipVariable = "PRIMAWEB_TEST_SKIP_BROWSER";

    /// <summary>Where screenshots go; by default <c>TestResults/screenshots</c> beside the test assembly.</summary>
    public const string ScreenshotsVariable = "PRIMAWEB_SCREENSHOTS";

    public static string? ChromiumPath { get; } = TestEnvironment.ChromiumPath ?? FindOnPath("chromium");

    public static bool SkipRequested => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(SkipVariable));

    public static string MissingChromiumMessage =>
        $"No Chromium found: install Debian's package (apt-get install chromium) or set {TestEnvironment.ChromiumVariable} to the binary; "
        + $"set {SkipVariable}=1 to skip the browser tests instead.";

    public static string ScreenshotsDirectory =>
        Environment.GetEnvironmentVariable(ScreenshotsVariable) is { Length: > 0 } directory
            ? directory
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
