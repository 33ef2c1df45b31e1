namespace PrimaWeb.Workflows.Domain.Deadlines;

/// <summary>How a step stands against its legal deadline (done on time, late, overdue or pending), read from the stored records.</summary>
public enum DeadlineOutcome
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
