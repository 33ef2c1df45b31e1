namespace PrimaWeb.Workflows.Web.Tests;

/// <summary>
/// The host registers Hangfire, whose configuration is process-wide (JobStorage.Current, the log provider bound to the
/// host's logger factory). Hosts of this assembly therefore never run in parallel (AssemblyInfo.cs), and each factory
/// resets the log provider once its host is disposed so that nothing logs into a disposed container.
/// </summary>
internal static class HangfireStatics
{
    public static void Reset() => Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
}
