using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>What an activity did: completed with one or more outcomes, or suspended on a bookmark.</summary>
public sealed class ActivityResult
{
    private ActivityResult(IReadOnlyList<string> outcomes, BookmarkRequest? bookmark)
    {
        Outcomes = outcomes;
        Bookmark = bookmark;
    }

    public IReadOnlyList<string> Outcomes { get; }

    public BookmarkRequest? Bookmark { get; }

    public bool IsSuspended => Bookmark is not null;

    /// <summary>Completes with the given outcomes (<see cref="Activities.Outcomes.Done"/> when none).</summary>
    public static ActivityResult Complete(params string[] outcomes) =>
        new(outcomes.Length == 0 ? [Activities.Outcomes.Done] : outcomes, null);

    /// <summary>Suspends: the instance is persisted until the bookmark is resumed.</summary>
    public static ActivityResult Suspend(BookmarkRequest bookmark) => new([], bookmark);
}
