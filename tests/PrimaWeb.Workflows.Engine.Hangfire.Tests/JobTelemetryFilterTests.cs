using System.Diagnostics;
using Hangfire;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.Server;
using PrimaWeb.Workflows.Engine.Hangfire.Jobs;

namespace PrimaWeb.Workflows.Engine.Hangfire.Tests;

/// <summary>Each job performed is a span named by its class and method, marked failed when it threw; its arguments stay out.</summary>
[Collection(HangfireCollection.Name)]
public sealed class JobTelemetryFilterTests : IDisposable
{
    private readonly InMemoryStorage _storage = new();
    private readonly List<Activity> _spans = [];
    private readonly ActivityListener _listener;

    public JobTelemetryFilterTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == JobTelemetryFilter.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Add,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _storage.Dispose();
    }

    [Fact]
    public void Perform_JobThatSucceeds_IsASpanNamedByItsClassAndMethodWithoutItsArguments()
    {
        var bookmarkId = Guid.NewGuid();

        Perform(bookmarkId, failure: null);

        var span = _spans.ShouldHaveSingleItem();
        span.DisplayName.ShouldBe("job FireTimerJob.RunAsync");
        span.GetTagItem("job.name").ShouldBe("FireTimerJob.RunAsync");
        span.Status.ShouldBe(ActivityStatusCode.Unset);
        span.TagObjects.Select(t => t.Value?.ToString()).ShouldNotContain(bookmarkId.ToString());
    }

    [Fact]
    public void Perform_JobThatThrows_IsAFailedSpanNamingTheErrorTypeNotItsMessage()
    {
        Perform(Guid.NewGuid(), new InvalidOperationException("Dupont Marie 85.07.30-033.28"));

        var span = _spans.ShouldHaveSingleItem();
        span.Status.ShouldBe(ActivityStatusCode.Error);
        span.StatusDescription.ShouldBeNull();
        span.GetTagItem("error.type").ShouldBe(typeof(InvalidOperationException).FullName);
        span.TagObjects.Select(t => t.Value?.ToString() ?? string.Empty).ShouldAllBe(value => !value.Contains("Dupont", StringComparison.Ordinal));
    }

    private void Perform(Guid bookmarkId, Exception? failure)
    {
        var filter = new JobTelemetryFilter();
        var job = Job.FromExpression<FireTimerJob>(j => j.RunAsync(bookmarkId, CancellationToken.None));
        using var connection = _storage.GetConnection();
        var context = new PerformContext(_storage, connection, new BackgroundJob("42", job, DateTime.UtcNow), new JobCancellationToken(false));

        filter.OnPerforming(new PerformingContext(context));
        filter.OnPerformed(new PerformedContext(context, null, false, failure));
    }
}
