using System.Collections.Concurrent;
using System.Globalization;

namespace PrimaWeb.Workflows.LoadRun;

/// <summary>Every request's duration and status, by kind; the table of percentiles the run prints.</summary>
internal sealed class Latencies
{
    private readonly ConcurrentBag<(string Kind, double Milliseconds, int Status)> _samples = [];

    public void Add(string kind, TimeSpan elapsed, int status) => _samples.Add((kind, elapsed.TotalMilliseconds, status));

    public int Errors => _samples.Count(s => s.Status >= 400);

    public string Table(TimeSpan wall)
    {
        var lines = new List<string>
        {
            "| requests | count | p50 ms | p95 ms | p99 ms | max ms | errors |",
            "|---|---|---|---|---|---|---|",
        };
        foreach (var group in _samples.GroupBy(s => s.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Append(_samples.GroupBy(_ => "all").Single()))
        {
            var sorted = group.Select(s => s.Milliseconds).Order().ToArray();
            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"| {group.Key} | {sorted.Length} | {Percentile(sorted, 0.50):F1} | {Percentile(sorted, 0.95):F1} | {Percentile(sorted, 0.99):F1} | {sorted[^1]:F1} | {group.Count(s => s.Status >= 400)} |"));
        }

        lines.Add(string.Create(CultureInfo.InvariantCulture, $"{_samples.Count} requests in {wall.TotalSeconds:F1} s: {_samples.Count / wall.TotalSeconds:F0} per second."));
        return string.Join(Environment.NewLine, lines);
    }

    public string Failures() => string.Join(
        Environment.NewLine,
        _samples.Where(s => s.Status >= 400).GroupBy(s => (s.Kind, s.Status)).Select(g => $"  {g.Key.Kind}: {g.Count()} × {g.Key.Status}"));

    // Nearest rank: the smallest sample with at least p of the samples at or below it.
    private static double Percentile(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
