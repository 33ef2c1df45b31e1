using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Activities.SppIs;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Timers;

namespace PrimaWeb.Workflows.Web.Tests.Features.Requests;

/// <summary>
/// The real host (real definitions, activities, gateway and in-process simulator) on a SQLite file and a fake clock,
/// without a Hangfire server: the tests deliver the outbox, fire the due timers and poll the SPP-IS answers themselves
/// (ADR 0501), so nothing runs behind their back. Two apps on the same file and clock are a restart.
/// </summary>
internal sealed class RequestWorkflowApp : IDisposable
{
    private readonly PrimaWebAppFactory _factory;
    private readonly WebApplicationFactory<Program> _app;

    public RequestWorkflowApp(FakeTimeProvider clock, string? databaseFile = null, string provider = "Sqlite", string? connectionString = null)
    {
        Clock = clock;
        _factory = new PrimaWebAppFactory(databaseFile, provider: provider, connectionString: connectionString);
        _app = _factory.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            services.Replace(ServiceDescriptor.Singleton<ITimerScheduler, NullTimerScheduler>());
            services.Replace(ServiceDescriptor.Singleton<IOutboxNotifier, NullOutboxNotifier>());
            foreach (var server in services.Where(d => d.ServiceType == typeof(IHostedService) && IsHangfireServer(d)).ToList())
            {
                services.Remove(server);
            }
        }));
    }

    public FakeTimeProvider Clock { get; }

    public string DatabaseFile => _factory.DatabaseFile;

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    public Task<ApiSession> SignInAsync(string user) => ApiSession.SignInAsync(_app, user);

    /// <summary>Delivers the outbox until nothing is due (a delivery may signal a step that puts more).</summary>
    public async Task DeliverOutboxAsync()
    {
        for (var round = 0; round < 20; round++)
        {
            await using var scope = _app.Services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(100, CancellationToken.None) == 0)
            {
                return;
            }
        }
    }

    public Task<int> PollAnswersAsync() => _app.Services.GetRequiredService<SppIsAnswerPoller>().PollAsync(CancellationToken.None);

    /// <summary>Fires every timer due at the clock's time, then delivers what they put in the outbox.</summary>
    public async Task<int> FireDueTimersAsync()
    {
        var fired = 0;
        for (var round = 0; round < 10; round++)
        {
            IReadOnlyList<WorkflowTimer> timers;
            await using (var scope = _app.Services.CreateAsyncScope())
            {
                timers = await scope.ServiceProvider.GetRequiredService<IWorkflowStore>().ListTimersAsync(CancellationToken.None);
            }

            var due = timers.Where(t => t.DueAt <= Clock.GetUtcNow()).ToList();
            if (due.Count == 0)
            {
                break;
            }

            foreach (var timer in due)
            {
                await using var scope = _app.Services.CreateAsyncScope();
                fired += (await scope.ServiceProvider.GetRequiredService<WorkflowRunner>().FireTimerAsync(timer.BookmarkId, CancellationToken.None)).Applied ? 1 : 0;
            }

            await DeliverOutboxAsync();
        }

        return fired;
    }

    private static bool IsHangfireServer(ServiceDescriptor descriptor) =>
        (descriptor.ImplementationType ?? descriptor.ImplementationFactory?.Method.DeclaringType)?.FullName?.StartsWith("Hangfire.", StringComparison.Ordinal) == true;

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }
}
