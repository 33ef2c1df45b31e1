namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>The inbox's highlighting rule: overdue once the due instant is past, due soon within the next two days.</summary>
public static class DueDates
{
    /// <summary>Two days: enough to finish a task begun today, short enough that the amber list stays short.</summary>
    public static readonly TimeSpan DueSoonWindow = TimeSpan.FromDays(2);

    public static DueState StateOf(DateTimeOffset? dueAt, DateTimeOffset now) => dueAt switch
    {
        null => DueState.None,
        { } due when due <= now => DueState.Overdue,
        { } due when due - now <= DueSoonWindow => DueState.DueSoon,
        _ => DueState.Later,
    };
}
