using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PrimaWeb.Workflows.Engine.Diagnostics;
using PrimaWeb.Workflows.FederalServices.Transport;
using PrimaWeb.Workflows.Web.Tests.Features.Requests;

namespace PrimaWeb.Workflows.Web.Tests.Hosting;

/// <summary>
/// Telemetry is on only with an OTLP endpoint, and then tells what the application did — requests by route, federal
/// services by name, bursts by definition and step, the backlog — without a person's NISS or name anywhere.
/// </summary>
public sealed class TelemetryTests
{
    // Nothing listens there: the OTLP exporter fails quietly, the in-memory exporters of the test read what it would send.
    private static readonly Dictionary<string, string?> WithEndpoint = new() { ["Telemetry:OtlpEndpoint"] = "http://127.0.0.1:9" };

    [Fact]
    public void Telemetry_WithoutAnEndpoint_IsOff()
    {
        using var app = new PrimaWebFactory { Demo = false };

        app.Services.GetService<TracerProvider>().ShouldBeNull();
        app.Services.GetService<MeterProvider>().ShouldBeNull();
    }

    [Fact]
    public void Telemetry_WithAnEndpointThatIsNoUri_RefusesToStartNamingTheSetting()
    {
        using var app = new PrimaWebFactory { Demo = false, Settings = new Dictionary<string, string?> { ["Telemetry:OtlpEndpoint"] = "collector" } };

        Should.Throw<InvalidOperationException>(() => app.Services).Message.ShouldContain("Telemetry:OtlpEndpoint");
    }

    [Fact]
    public async Task Telemetry_OfADisFromFilingToTheSppIs_NamesRoutesServicesAndStepsButNoPerson()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        using var app = new RequestWorkflowApp(clock, WithEndpoint, services => services
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))
            .ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics)));
        var person = SimulatedPersons.Adults[12];

        var flow = await RequestFlow.FileAsync(app, person: 12);
        (await flow.Worker.GetAsync($"/api/persons?niss={person.Niss}")).Status.ShouldBe(HttpStatusCode.OK);
        (await flow.Worker.GetAsync($"/api/persons/{person.Niss}/audit")).Status.ShouldBe(HttpStatusCode.OK);
        (await flow.Worker.GetAsync($"/api/persons/search?lastName={Uri.EscapeDataString(person.Name.LastName)}&firstName={Uri.EscapeDataString(person.Name.FirstName)}&birthDate={person.BirthDate}")).Status.ShouldBe(HttpStatusCode.OK);
        await flow.ToCouncilAsync();
        await flow.DecideAsync("Granted");
        await flow.ExchangeWithSppIsAsync();
        // The flush reports the OTLP exporter's failure (nothing listens); the in-memory exporters have their copy.
        app.Services.GetRequiredService<TracerProvider>().ForceFlush();
        app.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var bursts = spans.Where(s => s.Source.Name == EngineTelemetry.Name).ToList();
        bursts.ShouldContain(s => (string?)s.GetTagItem(EngineTelemetry.DefinitionTag) == "dis" && s.GetTagItem(EngineTelemetry.VersionTag) != null);
        bursts.SelectMany(s => s.Events).Select(e => e.Tags.First(t => t.Key == EngineTelemetry.ActivityTag).Value)
            .ShouldContain("council");
        spans.Where(s => s.Source.Name == FederalTelemetry.Name).Select(s => s.GetTagItem(FederalTelemetry.ServiceTag)).ShouldContain("OCMWCPASIdentifyPerson");
        spans.ShouldContain(s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("http.route") == "/api/persons/{niss}/audit"
            && (string?)s.GetTagItem("url.path") == "/api/persons/{niss}/audit");
        spans.ShouldContain(s => s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal));
        metrics.Select(m => m.Name).ShouldContain("primaweb.engine.bursts");
        metrics.Select(m => m.Name).ShouldContain("primaweb.engine.outbox.depth");
        metrics.Select(m => m.Name).ShouldContain("primaweb.federal.calls");

        var written = SpanTexts(spans).Concat(MetricTexts(metrics)).ToList();
        foreach (var secret in new[] { person.Niss.ToString(), person.Niss.Formatted, person.Name.LastName, person.Name.FirstName })
        {
            written.Where(text => text.Contains(secret, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty($"'{secret}' is in the telemetry");
        }
    }

    private static IEnumerable<string> SpanTexts(IEnumerable<Activity> spans) => spans.SelectMany(span =>
        new[] { span.DisplayName, span.OperationName, span.StatusDescription ?? string.Empty }
            .Concat(span.TagObjects.Select(t => $"{t.Key}={t.Value}"))
            .Concat(span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}").Append(e.Name)))
            .Concat(span.Baggage.Select(b => $"{b.Key}={b.Value}")));

    private static List<string> MetricTexts(IEnumerable<Metric> metrics)
    {
        var texts = new List<string>();
        foreach (var metric in metrics)
        {
            texts.Add(metric.Name);
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                foreach (var tag in point.Tags)
                {
                    texts.Add($"{metric.Name}:{tag.Key}={tag.Value}");
                }
            }
        }

        return texts;
    }
}
