using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using PrimaWeb.Workflows.Activities.SppIs;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Timers;

namespace PrimaWeb.Workflows.Testing.Host;

/// <summary>
/// Lets a test run the real host's workflows without a Hangfire server (ADR 0501): <see cref="TakeControl"/> puts the
/// test's clock in and stops the background work, then the test delivers the outbox, fires the due timers and polls
/// the SPP-IS answers itself, so nothing moves behind its back. Used by the API and the browser end-to-end tests.
/// </summary>
public sealed class WorkflowDriver(IServiceProvider services, TimeProvider clock)
{
    /// <summary>Replaces the clock, and the Hangfire timer scheduler, outbox notifier and servers by nothing.</summary>
    public static void TakeControl(IServiceCollection services, TimeProvider clock)
    {
        services.Replace(ServiceDescriptor.Singleton(clock));
        services.Replace(ServiceDescriptor.Singleton<ITimerScheduler, NullTimerScheduler>());
        services.Replace(ServiceDescriptor.Singleton<IOutboxNotifier, NullOutboxNotifier>());
        foreach (var server in services.Where(d => d.ServiceType == typeof(IHostedService) && IsHangfireServer(d)).ToList())
        {
            services.Remove(server);
        }
    }

    /// <summary>Delivers the outbox until nothing is due (a delivery may signal a step that puts more).</summary>
    public async Task DeliverOutboxAsync()
    {
        for (var round = 0; round < 20; round++)
        {
            await using var scope = services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(100, CancellationToken.None) == 0)
            {
                return;
            }
        }
    }

    public Task<int> PollAnswersAsync() => services.GetRequiredService<SppIsAnswerPoller>().PollAsync(CancellationToken.None);

    /// <summary>Fires every timer due at the clock's time, then delivers what they put in the outbox.</summary>
    public async Task<int> FireDueTimersAsync()
    {
        var fired = 0;
        for (var round = 0; round < 10; round++)
        {
            IReadOnlyList<WorkflowTimer> timers;
            await using (var scope = services.CreateAsyncScope())
            {
                timers = await scope.ServiceProvider.GetRequiredService<IWorkflowStore>().ListTimersAsync(CancellationToken.None);
            }

            var due = timers.Where(t => t.DueAt <= clock.GetUtcNow()).ToList();
            if (due.Count == 0)
            {
                break;
            }

            foreach (var timer in due)
            {
                await using var scope = services.CreateAsyncScope();
                fired += (await scope.ServiceProvider.GetRequiredService<WorkflowRunner>().FireTimerAsync(timer.BookmarkId, CancellationToken.None)).Applied ? 1 : 0;
            }

            await DeliverOutboxAsync();
        }

        return fired;
    }

    private static bool IsHangfireServer(ServiceDescriptor descriptor) =>
        (descriptor.ImplementationType ?? descriptor.ImplementationFactory?.Method.DeclaringType)?.FullName?.StartsWith("Hangfire.", StringComparison.Ordinal) == true;
}
