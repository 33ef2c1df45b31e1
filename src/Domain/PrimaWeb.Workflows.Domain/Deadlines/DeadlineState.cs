namespace PrimaWeb.Workflows.Domain.Deadlines;

/// <summary>Where an outstanding deadline stands on a given day (see <see cref="DeadlineWatch"/>).</summary>
public enum DeadlineState
{
    /// <summary>Due after the due-soon window.</summary>
    Later,

    /// <summary>Due today or within the due-soon window.</summary>
    DueSoon,

    /// <summary>The due day has passed and the step is not done.</summary>
    Overdue,
}
