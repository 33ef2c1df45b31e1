using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine.Persistence;

namespace PrimaWeb.Workflows.Engine.Diagnostics;

/// <summary>
/// The engine's meter: bursts counted and timed by definition and outcome, and the backlog (outbox depth, open
/// incidents, timers due) read from the store when a listener collects — only when telemetry is on, at most once per
/// <see cref="BacklogMaxAge"/>, so the gauges cost the database nothing otherwise.
/// </summary>
public sealed class EngineMetrics : IDisposable
{
    /// <summary>How long one reading of the backlog answers the gauges.</summary>
    public static readonly TimeSpan BacklogMaxAge = TimeSpan.FromSeconds(10);

    private readonly Meter _meter = new(EngineTelemetry.Name);
    private readonly Counter<long> _bursts;
    private readonly Histogram<double> _burstDuration;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly Lock _backlogLock = new();
    private EngineBacklog? _backlog;
    private long _backlogReadAt;

    public EngineMetrics(IServiceScopeFactory scopes, TimeProvider clock)
    {
        _scopes = scopes;
        _clock = clock;
        _bursts = _meter.CreateCounter<long>("primaweb.engine.bursts", "{burst}", "Bursts run, by definition and outcome.");
        _burstDuration = _meter.CreateHistogram<double>("primaweb.engine.burst.duration", "s", "Time from a burst's start to its commit.");
        _meter.CreateObservableGauge("primaweb.engine.outbox.depth", () => Observe(b => b.OutboxPending), "{message}", "Outbox messages waiting for delivery.");
        _meter.CreateObservableGauge("primaweb.engine.incidents.open", () => Observe(b => b.OpenIncidents), "{incident}", "Incidents waiting for an operator or a retry.");
        _meter.CreateObservableGauge("primaweb.engine.timers.due", () => Observe(b => b.TimersDue), "{timer}", "Timers whose time has come and that have not fired yet.");
    }

    /// <summary>This container's meter (tests listen to it alone).</summary>
    internal Meter Meter => _meter;

    public void Dispose() => _meter.Dispose();

    internal void RecordBurst(string? definitionId, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList
        {
            { EngineTelemetry.DefinitionTag, definitionId ?? "unknown" },
            { EngineTelemetry.OutcomeTag, outcome },
        };
        _bursts.Add(1, tags);
        _burstDuration.Record(elapsed.TotalSeconds, tags);
    }

    private IEnumerable<Measurement<int>> Observe(Func<EngineBacklog, int> pick) =>
        ReadBacklog() is { } backlog ? [new Measurement<int>(pick(backlog))] : [];

    // Called on the metric reader's own thread, hence the blocking wait; an unreachable database gives no measurement.
    private EngineBacklog? ReadBacklog()
    {
        lock (_backlogLock)
        {
            if (_backlog is not null && Stopwatch.GetElapsedTime(_backlogReadAt) < BacklogMaxAge)
            {
                return _backlog;
            }

            try
            {
                using var scope = _scopes.CreateScope();
                var store = scope.ServiceProvider.GetRequiredService<IWorkflowStore>();
                _backlog = store.CountBacklogAsync(_clock.GetUtcNow(), CancellationToken.None).GetAwaiter().GetResult();
                _backlogReadAt = Stopwatch.GetTimestamp();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                _backlog = null;
            }

            return _backlog;
        }
    }
}
