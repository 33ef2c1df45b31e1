using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PrimaWeb.Workflows.Engine.Hangfire.Jobs;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Timers;

namespace PrimaWeb.Workflows.Engine.Hangfire;

/// <summary>The Hangfire adapter's DI entry point.</summary>
public static class WorkflowEngineHangfireServiceCollectionExtensions
{
    /// <summary>
    /// Timers and outbox dispatch as Hangfire jobs; storage chosen lazily from configuration (see
    /// <see cref="HangfireStorageFactory"/>); timers re-armed from the database on start-up; the outbox sweep and the
    /// incident retries as recurring jobs. <paramref name="withServer"/> false for a node that only enqueues.
    /// </summary>
    public static WorkflowEngineBuilder AddWorkflowEngineHangfire(this WorkflowEngineBuilder builder, IConfiguration? configuration = null, bool withServer = true)
    {
        var services = builder.Services;
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseFilterOnce(new JobTelemetryFilter())
            .UseStorage(HangfireStorageFactory.Create(configuration ?? provider.GetRequiredService<IConfiguration>())));
        if (withServer)
        {
            services.AddHangfireServer(options => options.SchedulePollingInterval = TimeSpan.FromSeconds(1));
        }

        services.Replace(ServiceDescriptor.Singleton<ITimerScheduler, HangfireTimerScheduler>());
        services.Replace(ServiceDescriptor.Singleton<IOutboxNotifier, HangfireOutboxNotifier>());
        services.TryAddTransient<FireTimerJob>();
        services.TryAddTransient<OutboxDispatchJob>();
        services.AddHostedService<TimerRearmService>();
        services.AddHostedService<RecurringJobRegistrar>();

        return builder
            .AddRecurringJob<OutboxSweepJob>(OutboxSweepJob.Id, Cron.Minutely())
            .AddRecurringJob<IncidentRetryJob>(IncidentRetryJob.Id, Cron.Minutely());
    }

    /// <summary>Registers a job run on a cron schedule (UTC), declared in Hangfire at start-up.</summary>
    public static WorkflowEngineBuilder AddRecurringJob<TJob>(this WorkflowEngineBuilder builder, string id, string cron)
        where TJob : class, IRecurringWorkflowJob
    {
        builder.Services.TryAddTransient<TJob>();
        builder.Services.AddSingleton(new RecurringJobRegistration(id, cron,
            (manager, jobId, schedule) => manager.AddOrUpdate<TJob>(jobId, job => job.RunAsync(CancellationToken.None), schedule, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc })));
        return builder;
    }

    // Hangfire's filters are process-wide: a second host in the same process must not add the filter twice.
    private static IGlobalConfiguration UseFilterOnce(this IGlobalConfiguration configuration, JobTelemetryFilter filter)
    {
        if (!GlobalJobFilters.Filters.Any(f => f.Instance is JobTelemetryFilter))
        {
            configuration.UseFilter(filter);
        }

        return configuration;
    }
}
