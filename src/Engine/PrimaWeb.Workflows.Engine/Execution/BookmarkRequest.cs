using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>What a suspending activity asks the engine to wait for. Build one with the static factories.</summary>
public sealed record BookmarkRequest
{
    private BookmarkRequest(BookmarkKind kind)
    {
        Kind = kind;
    }

    public BookmarkKind Kind { get; }

    public string? SignalName { get; private init; }

    public string? CorrelationKey { get; private init; }

    public DateTimeOffset? DueAt { get; private init; }

    public HumanTaskRequest? Task { get; private init; }

    /// <summary>Waits for a named signal, optionally correlated by a key (e.g. a form id).</summary>
    public static BookmarkRequest ForSignal(string signalName, string? correlationKey) =>
        new(BookmarkKind.Signal) { SignalName = signalName, CorrelationKey = correlationKey };

    /// <summary>Waits until an instant (a timer persisted in the database and armed in the scheduler).</summary>
    public static BookmarkRequest ForTimer(DateTimeOffset dueAt) => new(BookmarkKind.Timer) { DueAt = dueAt.ToUniversalTime() };

    /// <summary>Opens a human task and waits for its completion.</summary>
    public static BookmarkRequest ForTask(HumanTaskRequest task) => new(BookmarkKind.HumanTask) { Task = task };
}
