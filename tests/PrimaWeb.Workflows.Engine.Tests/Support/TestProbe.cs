using System.Collections.Concurrent;

namespace PrimaWeb.Workflows.Engine.Tests.Support;

/// <summary>Shared by the test activities: what ran, and which activities must fail.</summary>
public sealed class TestProbe
{
    public ConcurrentQueue<string> Visits { get; } = new();

    public ConcurrentDictionary<string, int> FailuresLeft { get; } = new();

    public ConcurrentQueue<(string Type, string Key, string Payload)> Delivered { get; } = new();

    /// <summary>Makes the next delivery throw (to simulate a receiver or network failure).</summary>
    public int DeliveryFailuresLeft { get; set; }
}
