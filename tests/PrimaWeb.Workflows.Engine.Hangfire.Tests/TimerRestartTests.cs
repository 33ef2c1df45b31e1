using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Hangfire.Jobs;
using PrimaWeb.Workflows.Engine.Hangfire.Tests.Support;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Engine.Hangfire.Tests;

[Collection(HangfireCollection.Name)]
public sealed class TimerRestartTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"primaweb-hangfire-{Guid.NewGuid():N}.db");
    private readonly string _hangfireDatabase = Path.Combine(Path.GetTempPath(), $"primaweb-hangfire-jobs-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly Visits _visits = new();

    [Theory]
    [InlineData("InMemory")]
    [InlineData("SQLite")]
    public async Task Restart_BetweenSchedulingAndDueTime_TimerFiresOnceAfterTheRestart(string storage)
    {
        var settings = new Dictionary<string, string?> { ["Hangfire:Storage"] = storage, ["ConnectionStrings:Hangfire"] = _hangfireDatabase };
        Guid instanceId;
        Guid bookmarkId;
        await using (var before = await TestNode.StartAsync(_database, _clock, _visits, settings))
        {
            await before.ImportAsync(Support.Workflows.OneHourTimer);
            instanceId = (await before.StartWorkflowAsync("deadline")).InstanceId;
            bookmarkId = (await before.Store(s => s.ListBookmarksAsync(instanceId, None))).Single().Id;
            before.Storage.GetMonitoringApi().ScheduledCount().ShouldBe(1);
        }

        _clock.Advance(TimeSpan.FromHours(2));
        await using var after = await TestNode.StartAsync(_database, _clock, _visits, settings);

        (await Eventually.UntilAsync("the re-armed timer's next activity to run", () => Task.FromResult(_visits.All.ToArray()), seen => seen.Length > 0))
            .First().ShouldBe("expired");

        // The visit is recorded inside the burst; its commit follows right after, on the job's thread.
        await Eventually.UntilAsync(
            "the instance to complete", async () => (await after.Store(s => s.FindInstanceAsync(instanceId, None)))!.Status, WorkflowStatus.Completed);
        await after.InScopeAsync(async sp => { await sp.GetRequiredService<FireTimerJob>().RunAsync(bookmarkId, None); return 0; });
        // Two jobs may race (the SQLite storage kept the old job beside the re-armed one): a losing burst may have run the
        // activity in memory, but only one burst committed. External effects go through the outbox for that reason.
        var journal = await after.Store(s => s.ListJournalAsync(instanceId, None));
        journal.Count(j => j.Kind == JournalEventKind.ActivityResumed).ShouldBe(1);
        journal.Count(j => j.Kind == JournalEventKind.ActivityStarted && j.ActivityId == "expired").ShouldBe(1);
        (await after.Store(s => s.ListTimersAsync(None))).ShouldBeEmpty();
    }

    public void Dispose()
    {
        foreach (var path in new[] { _database, _hangfireDatabase })
        {
            File.Delete(path);
        }
    }
}
