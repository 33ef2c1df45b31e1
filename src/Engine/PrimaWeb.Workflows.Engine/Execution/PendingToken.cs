namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>An activity waiting to run, and the connection it arrived by (null for the start activity).</summary>
public sealed record PendingToken(string ActivityId, string? ArrivedFrom);
