using Hangfire;
using Hangfire.InMemory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Engine.EFCore;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Hangfire.Jobs;
using PrimaWeb.Workflows.Engine.Hangfire.Tests.Support;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Timers;
using PrimaWeb.Workflows.Engine.Versioning;

namespace PrimaWeb.Workflows.Engine.Hangfire.Tests;

/// <summary>The adapter's pieces on a storage of their own, without a server: jobs are run by the test.</summary>
[Collection(HangfireCollection.Name)]
public sealed class HangfireAdapterTests : IAsyncLifetime, IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"primaweb-adapter-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStorage _storage = new();
    private ServiceProvider _provider = null!;

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton(new Visits());
        services.AddDbContext<NodeDbContext>(o => o.UseSqlite($"Data Source={_database};Pooling=False").AddInterceptors(new ConcurrencyVersionInterceptor()));
        services.AddWorkflowEngine().UseEntityFrameworkCore<NodeDbContext>().AddActivity<RecordVisit>();
        services.AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(_storage));
        services.AddSingleton<ITimerScheduler, HangfireTimerScheduler>();
        services.AddTransient<FireTimerJob>();
        _provider = services.BuildServiceProvider();
        await InScopeAsync(async sp => await sp.GetRequiredService<NodeDbContext>().Database.EnsureCreatedAsync());
        await InScopeAsync(sp => sp.GetRequiredService<DefinitionCatalog>().ImportAsync(Support.Workflows.OneHourTimer, None));
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        File.Delete(_database);
    }

    public void Dispose() => _storage.Dispose();

    [Fact]
    public async Task StartAsync_TimerActivity_SchedulesAFireTimerJobWithTheBookmarkIdOnly()
    {
        var instanceId = (await StartAsync()).InstanceId;
        var bookmarkId = (await InScopeAsync(sp => sp.GetRequiredService<IWorkflowStore>().ListBookmarksAsync(instanceId, None))).Single().Id;

        var scheduled = _storage.GetMonitoringApi().ScheduledJobs(0, 10).ShouldHaveSingleItem().Value;

        scheduled.Job.Type.ShouldBe(typeof(FireTimerJob));
        scheduled.Job.Method.Name.ShouldBe(nameof(FireTimerJob.RunAsync));
        scheduled.Job.Args[0].ShouldBe(bookmarkId);
        scheduled.EnqueueAt.ShouldBe(_clock.GetUtcNow().AddHours(1).UtcDateTime);
    }

    [Fact]
    public async Task FireTimerJob_Early_ArmsTheTimerAgainWithoutFiring()
    {
        var instanceId = (await StartAsync()).InstanceId;
        var bookmarkId = (await InScopeAsync(sp => sp.GetRequiredService<IWorkflowStore>().ListBookmarksAsync(instanceId, None))).Single().Id;

        await InScopeAsync(async sp => { await sp.GetRequiredService<FireTimerJob>().RunAsync(bookmarkId, None); return 0; });

        _storage.GetMonitoringApi().ScheduledCount().ShouldBe(2);
        (await InScopeAsync(sp => sp.GetRequiredService<WorkflowRunner>().FindInstanceAsync(instanceId, None)))!.Status.ShouldBe(WorkflowStatus.Suspended);
    }

    [Fact]
    public async Task FireTimerJob_RunTwiceAtOnce_ResumesTheInstanceOnce()
    {
        var instanceId = (await StartAsync()).InstanceId;
        var bookmarkId = (await InScopeAsync(sp => sp.GetRequiredService<IWorkflowStore>().ListBookmarksAsync(instanceId, None))).Single().Id;
        _clock.Advance(TimeSpan.FromHours(1));

        await Task.WhenAll(
            Task.Run(() => InScopeAsync(async sp => { await sp.GetRequiredService<FireTimerJob>().RunAsync(bookmarkId, None); return 0; })),
            Task.Run(() => InScopeAsync(async sp => { await sp.GetRequiredService<FireTimerJob>().RunAsync(bookmarkId, None); return 0; })));

        var journal = await InScopeAsync(sp => sp.GetRequiredService<IWorkflowStore>().ListJournalAsync(instanceId, None));
        journal.Count(j => j.Kind == JournalEventKind.ActivityResumed).ShouldBe(1);
        journal.Count(j => j.Kind == JournalEventKind.ActivityStarted && j.ActivityId == "expired").ShouldBe(1);
        (await InScopeAsync(sp => sp.GetRequiredService<WorkflowRunner>().FindInstanceAsync(instanceId, None)))!.Status.ShouldBe(WorkflowStatus.Completed);
    }

    private Task<WorkflowRunResult> StartAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<WorkflowRunner>().StartAsync(new StartWorkflowRequest("deadline") { TenantId = "cpas-1" }, None));

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
