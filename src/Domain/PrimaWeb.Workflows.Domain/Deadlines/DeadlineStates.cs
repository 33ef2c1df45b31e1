namespace PrimaWeb.Workflows.Domain.Deadlines;

/// <summary>The state of a deadline: the due day is the last day allowed (deadlines.md, "day N after D" = D + N).</summary>
public static class DeadlineStates
{
    public static DeadlineState Of(DateOnly dueOn, DateOnly? doneOn, DateOnly today) => doneOn switch
    {
        { } done when done <= dueOn => DeadlineState.Met,
        not null => DeadlineState.Late,
        null when today > dueOn => DeadlineState.Overdue,
        _ => DeadlineState.Pending,
    };
}
