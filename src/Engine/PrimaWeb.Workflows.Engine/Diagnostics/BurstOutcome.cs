namespace PrimaWeb.Workflows.Engine.Diagnostics;

/// <summary>How a burst ended, as its span and the burst counter tell it.</summary>
internal static class BurstOutcome
{
    public const string Committed = "committed";

    public const string Refused = "refused";

    public const string Faulted = "faulted";

    /// <summary>Nothing to do: a stale bookmark, a timer not due, a repeated start.</summary>
    public const string NotApplied = "not_applied";
}
