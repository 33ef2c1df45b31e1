namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>One line of a task's history: who did what and when. The operation id makes a repeated request harmless.</summary>
public sealed class HumanTaskHistoryEntry
{
    public Guid Id { get; set; }

    public Guid TaskId { get; set; }

    public HumanTaskAction Action { get; set; }

    public string? Actor { get; set; }

    public string? Assignee { get; set; }

    public string? OperationId { get; set; }

    /// <summary>The task revision after this action.</summary>
    public int Revision { get; set; }

    public DateTimeOffset At { get; set; }
}
