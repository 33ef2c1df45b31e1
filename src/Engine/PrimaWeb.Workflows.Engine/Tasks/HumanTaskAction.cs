namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>What happened to a task, as kept in its history.</summary>
public enum HumanTaskAction
{
    Created = 0,
    Claimed = 1,
    Released = 2,
    Reassigned = 3,
    Completed = 4,
    Cancelled = 5,
}
