namespace PrimaWeb.Workflows.Engine.NodeHost;

/// <summary>Which node this process is ("a", "b"), recorded beside what it did.</summary>
public sealed record NodeName(string Value);
