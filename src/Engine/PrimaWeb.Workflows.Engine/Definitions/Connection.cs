namespace PrimaWeb.Workflows.Engine.Definitions;

/// <summary>An edge of the graph: when <see cref="From"/> completes with <see cref="Outcome"/>, <see cref="To"/> runs.</summary>
public sealed record Connection(string From, string Outcome, string To);
