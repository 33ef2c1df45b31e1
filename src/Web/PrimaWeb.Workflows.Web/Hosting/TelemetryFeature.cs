using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PrimaWeb.Workflows.Engine.Diagnostics;
using PrimaWeb.Workflows.Engine.Hangfire;
using PrimaWeb.Workflows.FederalServices.Transport;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// Traces and metrics over OTLP when <c>Telemetry:OtlpEndpoint</c> is set, nothing at all otherwise: ASP.NET Core, the
/// HTTP calls (the federal services by name), EF Core, the Hangfire jobs and the engine's bursts and backlog.
/// </summary>
internal sealed class TelemetryFeature : IWebFeature
{
    private static readonly string[] OwnSources = [EngineTelemetry.Name, FederalTelemetry.Name, JobTelemetryFilter.Name];

    public static void Add(WebApplicationBuilder builder)
    {
        var options = TelemetryOptions.Read(builder.Configuration);
        if (options.OtlpEndpoint is not { } endpoint)
        {
            return;
        }

        void Export(OtlpExporterOptions otlp)
        {
            otlp.Endpoint = endpoint;
            otlp.Protocol = options.OtlpProtocol == "grpc" ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(OwnSources)
                .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = context => !IsPlumbing(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddProcessor(new PersonalDataRedaction())
                .AddOtlpExporter(Export))
            .WithMetrics(metrics => metrics
                .AddMeter(OwnSources)
                .AddMeter("Microsoft.EntityFrameworkCore")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddOtlpExporter(Export));
    }

    public static Task PrepareAsync(WebApplication app)
    {
        // The engine's gauges exist from the start, not from the first burst; Add decided whether metrics are on.
        if (app.Services.GetService<MeterProvider>() is not null)
        {
            app.Services.GetRequiredService<EngineMetrics>();
        }

        return Task.CompletedTask;
    }

    // Health probes and the framework's static files would drown the requests people make.
    private static bool IsPlumbing(PathString path) =>
        path.StartsWithSegments(HealthFeature.Path) || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content");
}
