using System.Diagnostics;

namespace PrimaWeb.Workflows.Engine.Bench;

/// <summary>Runs operations at a constant concurrency and reports throughput and latency percentiles.</summary>
internal sealed record Measurement(string Name, int Operations, double PerSecond, double P50Ms, double P95Ms, double P99Ms)
{
    public static async Task<Measurement> RunAsync(string name, int operations, int concurrency, Func<int, Task> operation)
    {
        var latencies = new double[operations];
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < operations)
            {
                var start = Stopwatch.GetTimestamp();
                await operation(i);
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        });
        await Task.WhenAll(workers);
        clock.Stop();
        Array.Sort(latencies);
        return new Measurement(name, operations, operations / clock.Elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99));
    }

    public override string ToString() =>
        $"| {Name} | {Operations} | {PerSecond:F0} | {P50Ms:F1} | {P95Ms:F1} | {P99Ms:F1} |";

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}
