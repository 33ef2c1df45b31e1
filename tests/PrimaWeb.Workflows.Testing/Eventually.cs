using System.Collections;
using System.Diagnostics;

namespace PrimaWeb.Workflows.Testing;

/// <summary>
/// Waits for something that happens on another thread or process (a Hangfire server polling on real time, a second
/// node): probes until a condition holds, bounded. On time-out it fails saying what it waited for and what it saw last,
/// where a cancelled token would only say that a task was cancelled.
/// </summary>
public static class Eventually
{
    /// <summary>How long a wait lasts unless the test says otherwise: generous, as a loaded CI machine is slow.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Probes until <paramref name="condition"/> holds for what <paramref name="probe"/> returns, and returns that value.
    /// </summary>
    /// <param name="waitingFor">What the test waits for, as the failure will say it: "the instance to complete".</param>
    /// <param name="probe">Reads the state, once per round (about ten times a second).</param>
    /// <param name="condition">Whether the state read is the one awaited.</param>
    /// <param name="timeout">How long to wait at most; <see cref="DefaultTimeout"/> unless given.</param>
    /// <exception cref="TimeoutException">The condition did not hold within <paramref name="timeout"/>.</exception>
    public static async Task<T> UntilAsync<T>(
        string waitingFor, Func<Task<T>> probe, Func<T, bool> condition, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(condition);
        var limit = timeout ?? DefaultTimeout;
        var watch = Stopwatch.StartNew();
        var probes = 0;
        while (true)
        {
            var seen = await probe();
            probes++;
            if (condition(seen))
            {
                return seen;
            }

            if (watch.Elapsed >= limit)
            {
                throw new TimeoutException(
                    $"Waited {limit.TotalSeconds:0.#} s ({probes} probes) for {waitingFor}, but it did not happen. Last seen: {Describe(seen)}.");
            }

            await Task.Delay(Interval);
        }
    }

    /// <summary>Probes until <paramref name="probe"/> answers <paramref name="expected"/>.</summary>
    public static Task<T> UntilAsync<T>(string waitingFor, Func<Task<T>> probe, T expected, TimeSpan? timeout = null) =>
        UntilAsync(waitingFor, probe, seen => EqualityComparer<T>.Default.Equals(seen, expected), timeout);

    private static string Describe(object? seen) => seen switch
    {
        null => "null",
        string text => $"\"{text}\"",
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Describe)) + "]",
        _ => seen.ToString() ?? seen.GetType().Name,
    };
}
