namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>What a bookmark waits for.</summary>
public enum BookmarkKind
{
    Signal = 0,
    Timer = 1,
    HumanTask = 2,
}
