namespace PrimaWeb.Workflows.Domain.Deadlines;

/// <summary>How a step met its deadline: the due day is the last day allowed (deadlines.md, "day N after D" = D + N).</summary>
public static class DeadlineOutcomes
{
    public static DeadlineOutcome Of(DateOnly dueOn, DateOnly? doneOn, DateOnly today) => doneOn switch
    {
        { } done when done <= dueOn => DeadlineOutcome.Met,
        not null => DeadlineOutcome.Late,
        null when today > dueOn => DeadlineOutcome.Overdue,
        _ => DeadlineOutcome.Pending,
    };
}
