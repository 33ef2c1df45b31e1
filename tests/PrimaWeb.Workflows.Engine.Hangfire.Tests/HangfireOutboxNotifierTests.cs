using Hangfire;
using Hangfire.InMemory;
using PrimaWeb.Workflows.Engine.Hangfire.Jobs;

namespace PrimaWeb.Workflows.Engine.Hangfire.Tests;

[Collection(HangfireCollection.Name)]
public sealed class HangfireOutboxNotifierTests
{
    [Fact]
    public async Task NotifyAsync_CommittedMessages_EnqueuesOneDispatchJobPerMessageId()
    {
        using var storage = new InMemoryStorage();
        var notifier = new HangfireOutboxNotifier(new BackgroundJobClient(storage));
        Guid[] ids = [Guid.NewGuid(), Guid.NewGuid()];

        await notifier.NotifyAsync(ids, CancellationToken.None);

        var jobs = storage.GetMonitoringApi().EnqueuedJobs("default", 0, 10).Select(j => j.Value.Job).ToList();
        jobs.ShouldAllBe(j => j.Type == typeof(OutboxDispatchJob) && j.Method.Name == nameof(OutboxDispatchJob.RunAsync));
        jobs.Select(j => (Guid)j.Args[0]).ShouldBe(ids, ignoreOrder: true);
    }
}
