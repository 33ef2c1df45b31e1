namespace PrimaWeb.Workflows.Domain.Deadlines;

/// <summary>Where a legal deadline stands: the steps and the manager's dashboard read it from the stored records.</summary>
public enum DeadlineState
{
    /// <summary>Not done, and the deadline has not passed.</summary>
    Pending,

    /// <summary>Done on or before the deadline.</summary>
    Met,

    /// <summary>Done, but after the deadline.</summary>
    Late,

    /// <summary>Not done, and the deadline has passed.</summary>
    Overdue,
}
