using System.Diagnostics;
using System.Diagnostics.Metrics;
using PrimaWeb.Workflows.FederalServices.Audit;
using PrimaWeb.Workflows.FederalServices.Catalog;

namespace PrimaWeb.Workflows.FederalServices.Transport;

/// <summary>
/// One span and one count per call to a federal service, by the service's official name and the call's outcome; the
/// HTTP attempts below it are the HTTP client's spans. The persons of the call are in the audit, never here.
/// </summary>
public static class FederalTelemetry
{
    /// <summary>The activity source and the meter.</summary>
    public const string Name = "PrimaWeb.Workflows.FederalServices";

    public const string ServiceTag = "federal.service";

    public const string OutcomeTag = "federal.outcome";

    private static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> Calls = Meter.CreateCounter<long>("primaweb.federal.calls", "{call}", "Calls to the federal services, by service and outcome.");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("primaweb.federal.call.duration", "s", "Time of a call to a federal service, retries included.");

    internal static Activity? Start(FederalService service)
    {
        var span = Source.StartActivity($"federal {service.Name}", ActivityKind.Client);
        span?.SetTag(ServiceTag, service.Name);
        span?.SetTag("federal.family", service.Family);
        return span;
    }

    internal static void End(Activity? span, FederalService service, AuditOutcome outcome, int attempts, TimeSpan elapsed)
    {
        var label = OutcomeLabel(outcome);
        var tags = new TagList { { ServiceTag, service.Name }, { OutcomeTag, label } };
        Calls.Add(1, tags);
        Duration.Record(elapsed.TotalSeconds, tags);
        if (span is null)
        {
            return;
        }

        span.SetTag(OutcomeTag, label);
        span.SetTag("federal.attempts", attempts);
        if (outcome == AuditOutcome.Failed)
        {
            span.SetStatus(ActivityStatusCode.Error);
        }
    }

    private static string OutcomeLabel(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Succeeded => "succeeded",
        AuditOutcome.RefusedByControl => "refused_by_control",
        AuditOutcome.RejectedAsInvalid => "rejected_as_invalid",
        AuditOutcome.RefusedByService => "refused_by_service",
        _ => "failed",
    };
}
