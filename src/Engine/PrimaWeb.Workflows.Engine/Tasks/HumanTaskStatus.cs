namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>Status of a human task.</summary>
public enum HumanTaskStatus
{
    Open = 0,
    Claimed = 1,
    Completed = 2,
    Cancelled = 3,
}
