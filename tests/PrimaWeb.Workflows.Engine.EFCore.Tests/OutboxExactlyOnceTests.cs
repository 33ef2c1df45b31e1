using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Engine.EFCore.Tests.Support;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Engine.EFCore.Tests;

/// <summary>
/// Completing a task records an outbox message in the same commit; the message is delivered after commit. A crash at
/// every commit and dispatch point must lose no step and perform the external effect exactly once.
/// </summary>
public sealed class OutboxExactlyOnceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string, CrashPoint> Cases
    {
        get
        {
            var data = new TheoryData<string, CrashPoint>();
            foreach (var provider in Providers.All)
            {
                foreach (var point in Enum.GetValues<CrashPoint>())
                {
                    data.Add(provider, point);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task CompleteAndDeliver_CrashAtAPoint_LosesNoStepAndHasOneEffect(string provider, CrashPoint point)
    {
        await using var database = await Providers.CreateAsync(provider);
        await using var engine = await EfEngineHarness.CreateAsync(database);
        await engine.ImportFileAsync("approval");
        var instanceId = (await engine.StartAsync("approval", new JsonObject { ["amount"] = 100, ["caseId"] = "C-1" })).InstanceId;
        var task = (await engine.Tasks(s => s.QueryAsync(new InboxQuery("cpas-1"), None))).Single();
        engine.Crashes.Armed = point;

        // The client repeats its request with the same operation id until it gets an answer.
        var completion = await UntilAnswerAsync(() => engine.Tasks(s =>
            s.CompleteAsync(new TaskCommand(task.Id, 1, "op-complete", "bob"), new JsonObject { ["decision"] = "approve" }, None)));

        // Hand-over notices may be lost with the process: the sweep (a recurring job) runs until nothing is due.
        for (var round = 0; round < 4; round++)
        {
            try
            {
                await engine.Outbox(d => d.DispatchDueAsync(10, None));
            }
            catch (SimulatedCrashException)
            {
                // The dispatching process died; a later sweep on another process takes over.
            }

            engine.Clock.Advance(TimeSpan.FromHours(1));
        }

        completion.Succeeded.ShouldBeTrue();
        engine.Crashes.Crashes.ShouldBe(point == CrashPoint.None ? 0 : 1);
        engine.Receiver.Effects.ShouldHaveSingleItem().Value.ShouldBe("""{"text":"approved 1200"}""");
        // A crash after the effect but before its delivery is recorded means a second call, which the key makes harmless.
        engine.Receiver.Calls.ShouldBe(point is CrashPoint.AfterEffect or CrashPoint.BeforeDispatchCommit ? 2 : 1);
        var message = await engine.Db(db => db.Set<OutboxMessage>().SingleAsync());
        message.Status.ShouldBe(OutboxStatus.Dispatched);
        (await engine.InstanceAsync(instanceId)).Status.ShouldBe(WorkflowStatus.Completed);
        (await engine.Tasks(s => s.HistoryAsync(task.Id, None))).Count(h => h.Action == HumanTaskAction.Completed).ShouldBe(1);
        (await engine.Store(s => s.ListJournalAsync(instanceId, None))).Count(j => j.Kind == JournalEventKind.InstanceCompleted).ShouldBe(1);
    }

    private static async Task<TaskOperationResult> UntilAnswerAsync(Func<Task<TaskOperationResult>> request)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await request();
            }
            catch (SimulatedCrashException) when (attempt < 3)
            {
                // No answer: the client tries again.
            }
        }
    }
}
