namespace PrimaWeb.Workflows.Engine.Migration;

/// <summary>Where one waiting or pending position of an instance goes.</summary>
public sealed record ActivityMove(string From, string To);
