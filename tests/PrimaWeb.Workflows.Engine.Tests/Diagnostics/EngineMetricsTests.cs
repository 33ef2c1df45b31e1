using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine.Diagnostics;
using PrimaWeb.Workflows.Engine.Tests.Support;

namespace PrimaWeb.Workflows.Engine.Tests.Diagnostics;

/// <summary>The engine counts its bursts by definition and outcome, traces each one, and reports its backlog.</summary>
public sealed class EngineMetricsTests : IAsyncLifetime, IDisposable
{
    private const string Definition = """
        { "definitionId": "metered", "version": 1, "name": "x", "effectiveFrom": "2026-01-01", "status": "published",
          "activities": [ { "id": "start", "type": "Core.Start" }, { "id": "call", "type": "Test.FailWhenAsked" } ],
          "connections": [ { "from": "start", "to": "call" } ] }
        """;

    private readonly EngineHarness _engine = new();
    private readonly List<(string Instrument, long Value, Dictionary<string, object?> Tags)> _measurements = [];
    private readonly MeterListener _listener = new();

    public async Task InitializeAsync()
    {
        var meter = _engine.Services.GetRequiredService<EngineMetrics>().Meter;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
        await _engine.ImportAsync(Definition);
    }

    public async Task DisposeAsync()
    {
        _listener.Dispose();
        await _engine.DisposeAsync();
    }

    public void Dispose()
    {
        _listener.Dispose();
        _engine.Dispose();
    }

    [Fact]
    public async Task Bursts_CommittedAndFaulted_AreCountedByDefinitionAndOutcome()
    {
        await _engine.StartAsync("metered");
        _engine.Probe.FailuresLeft["call"] = 1;
        await _engine.StartAsync("metered");

        var bursts = _measurements.Where(m => m.Instrument == "primaweb.engine.bursts").ToList();
        bursts.Count.ShouldBe(2);
        bursts.ShouldAllBe(m => (string?)m.Tags[EngineTelemetry.DefinitionTag] == "metered");
        bursts.Select(m => (string?)m.Tags[EngineTelemetry.OutcomeTag]).ShouldBe(["committed", "faulted"], ignoreOrder: true);
    }

    [Fact]
    public async Task Backlog_AfterAFault_ReportsTheOpenIncidentAndNothingElse()
    {
        _engine.Probe.FailuresLeft["call"] = 1;
        await _engine.StartAsync("metered");

        _listener.RecordObservableInstruments();

        Gauge("primaweb.engine.incidents.open").ShouldBe(1);
        Gauge("primaweb.engine.outbox.depth").ShouldBe(0);
        Gauge("primaweb.engine.timers.due").ShouldBe(0);
    }

    [Fact]
    public async Task Burst_Traced_NamesTheDefinitionVersionAndTheStepsItRan()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == EngineTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span =>
            {
                lock (spans)
                {
                    spans.Add(span);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        var started = await _engine.StartAsync("metered");

        var span = spans.Where(s => (string?)s.GetTagItem(EngineTelemetry.InstanceTag) == started.InstanceId.ToString()).ShouldHaveSingleItem();
        span.DisplayName.ShouldBe("workflow burst metered");
        span.GetTagItem(EngineTelemetry.VersionTag).ShouldBe(1);
        span.GetTagItem(EngineTelemetry.ActivityTag).ShouldBe("start");
        span.Events.Select(e => e.Tags.Single(t => t.Key == EngineTelemetry.ActivityTag).Value).ShouldBe(["start", "call"]);
    }

    private long Gauge(string name) => _measurements.Last(m => m.Instrument == name).Value;

    private void Record(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        lock (_measurements)
        {
            _measurements.Add((instrument.Name, value, copy));
        }
    }
}
