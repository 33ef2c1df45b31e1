using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Engine.Hangfire.Jobs;
using PrimaWeb.Workflows.Engine.Hangfire.Tests.Support;

namespace PrimaWeb.Workflows.Engine.Hangfire.Tests;

[Collection(HangfireCollection.Name)]
public sealed class RecurringJobTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"primaweb-recurring-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task StartUp_RegisteredJobs_AreDeclaredInHangfire()
    {
        await using var node = await TestNode.StartAsync(_database, new FakeTimeProvider(), new Visits(), new Dictionary<string, string?>());

        using var connection = node.Storage.GetConnection();
        var jobs = connection.GetRecurringJobs();

        jobs.Select(j => j.Id).ShouldBe(["poll-answers", IncidentRetryJob.Id, OutboxSweepJob.Id], ignoreOrder: true);
        jobs.Single(j => j.Id == "poll-answers").ShouldSatisfyAllConditions(
            j => j.Cron.ShouldBe(Cron.Hourly()),
            j => j.Job.Type.ShouldBe(typeof(PollAnswers)));
    }

    public void Dispose() => File.Delete(_database);
}
