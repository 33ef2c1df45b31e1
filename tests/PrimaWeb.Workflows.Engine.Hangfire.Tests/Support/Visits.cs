using System.Collections.Concurrent;

namespace PrimaWeb.Workflows.Engine.Hangfire.Tests.Support;

/// <summary>What the test activities saw, in order, shared by the nodes of a test.</summary>
public sealed class Visits
{
    public ConcurrentQueue<string> All { get; } = new();

    public void Record(string label) => All.Enqueue(label);
}
