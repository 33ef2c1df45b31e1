using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hangfire.Server;

namespace PrimaWeb.Workflows.Engine.Hangfire;

/// <summary>
/// A span and a timing per Hangfire job performed, named by the job's class and method. The arguments (ids) stay out:
/// the job id is enough to find them in the Hangfire dashboard.
/// </summary>
public sealed class JobTelemetryFilter : IServerFilter
{
    /// <summary>The activity source and the meter.</summary>
    public const string Name = "PrimaWeb.Workflows.Jobs";

    private const string SpanKey = "primaweb.telemetry.span";
    private const string StartKey = "primaweb.telemetry.start";

    private static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("primaweb.jobs.duration", "s", "Time a background job took, by job and outcome.");

    public void OnPerforming(PerformingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = JobName(context);
        var span = Source.StartActivity($"job {job}", ActivityKind.Consumer);
        span?.SetTag("job.name", job);
        span?.SetTag("job.id", context.BackgroundJob.Id);
        context.Items[SpanKey] = span;
        context.Items[StartKey] = Stopwatch.GetTimestamp();
    }

    public void OnPerformed(PerformedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var failed = context.Exception is not null && !context.ExceptionHandled;
        if (context.Items.TryGetValue(StartKey, out var start) && start is long startedAt)
        {
            Duration.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds, new TagList
            {
                { "job.name", JobName(context) },
                { "job.outcome", failed ? "failed" : "succeeded" },
            });
        }

        if (context.Items.TryGetValue(SpanKey, out var item) && item is Activity span)
        {
            if (failed)
            {
                span.SetTag("error.type", context.Exception!.GetType().FullName);
                span.SetStatus(ActivityStatusCode.Error);
            }

            span.Dispose();
        }
    }

    private static string JobName(PerformContext context) =>
        $"{context.BackgroundJob.Job.Type.Name}.{context.BackgroundJob.Job.Method.Name}";
}
