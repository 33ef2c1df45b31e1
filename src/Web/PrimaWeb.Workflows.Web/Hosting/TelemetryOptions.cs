namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>The <c>Telemetry</c> section: where traces and metrics go. No endpoint, no telemetry.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The OTLP collector, e.g. <c>http://collector:4317</c>; unset turns telemetry off.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (the default) or <c>http/protobuf</c>.</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>The service name the collector files the telemetry under.</summary>
    public string ServiceName { get; set; } = "primaweb-workflows";

    /// <summary>The options of <paramref name="configuration"/>, refused at start-up with the setting at fault.</summary>
    public static TelemetryOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.OtlpEndpoint is { IsAbsoluteUri: false })
        {
            throw new InvalidOperationException($"{SectionName}:OtlpEndpoint must be an absolute URI such as http://collector:4317.");
        }

        if (options.OtlpProtocol is not ("grpc" or "http/protobuf"))
        {
            throw new InvalidOperationException($"{SectionName}:OtlpProtocol must be grpc or http/protobuf, not '{options.OtlpProtocol}'.");
        }

        return options;
    }
}
