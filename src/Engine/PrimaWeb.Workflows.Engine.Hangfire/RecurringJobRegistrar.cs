using Hangfire;
using Microsoft.Extensions.Hosting;

namespace PrimaWeb.Workflows.Engine.Hangfire;

/// <summary>Declares every registered recurring job at start-up (AddOrUpdate: idempotent across restarts and nodes).</summary>
public sealed class RecurringJobRegistrar(IRecurringJobManager manager, IEnumerable<RecurringJobRegistration> registrations) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var registration in registrations)
        {
            registration.Register(manager, registration.Id, registration.Cron);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
