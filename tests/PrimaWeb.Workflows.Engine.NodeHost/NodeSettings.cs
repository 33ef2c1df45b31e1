namespace PrimaWeb.Workflows.Engine.NodeHost;

/// <summary>What a node runs: the shared database, how many instances, and how long it may take before giving up.</summary>
public sealed record NodeSettings(string ConnectionString, int Instances, TimeSpan Timeout);
