namespace PrimaWeb.Workflows.Designer.Contract;

/// <summary>An outcome of an activity: its name in definitions (<c>connections[].outcome</c>) and its text.</summary>
public sealed record ActivityOutcomeDto(string Name, LocalizedTextDto Text);
