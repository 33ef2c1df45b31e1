using System.Collections.Concurrent;

namespace PrimaWeb.Workflows.Engine.Hangfire.Tests.Support;

/// <summary>What the test activities saw, shared by the nodes of a test; a visit completes <see cref="FirstVisit"/>.</summary>
public sealed class Visits
{
    private readonly TaskCompletionSource<string> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<string> All { get; } = new();

    public Task<string> FirstVisit => _first.Task;

    public void Record(string label)
    {
        All.Enqueue(label);
        _first.TrySetResult(label);
    }
}
