namespace PrimaWeb.Workflows.Engine.Hangfire.Tests;

/// <summary>Hangfire keeps process-wide static state (JobStorage.Current): its tests never run in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HangfireCollection
{
    public const string Name = "Hangfire";
}
