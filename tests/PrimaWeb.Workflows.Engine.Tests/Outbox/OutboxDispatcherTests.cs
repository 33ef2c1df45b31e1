using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Tests.Support;

namespace PrimaWeb.Workflows.Engine.Tests.Outbox;

public sealed class OutboxDispatcherTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task DispatchDueAsync_CommittedMessage_IsDeliveredOnceWithItsKey()
    {
        await using var engine = await ApprovedAsync();

        var first = await engine.Outbox(d => d.DispatchDueAsync(10, None));
        var second = await engine.Outbox(d => d.DispatchDueAsync(10, None));

        first.ShouldBe(1);
        second.ShouldBe(0);
        var delivered = engine.Probe.Delivered.ShouldHaveSingleItem();
        delivered.Type.ShouldBe("test.message");
        delivered.Payload.ShouldBe("""{"text":"approved 120"}""");
    }

    [Fact]
    public async Task DispatchAsync_ReceiverFails_RetriesWithBackOff()
    {
        await using var engine = await ApprovedAsync();
        engine.Probe.DeliveryFailuresLeft = 1;
        var id = (await engine.Store(s => s.ListDueOutboxMessagesAsync(engine.Clock.GetUtcNow(), 10, None))).Single().Id;

        var failed = await engine.Outbox(d => d.DispatchAsync(id, None));
        var tooEarly = await engine.Outbox(d => d.DispatchDueAsync(10, None));
        engine.Clock.Advance(TimeSpan.FromSeconds(30));
        var later = await engine.Outbox(d => d.DispatchDueAsync(10, None));

        failed.ShouldBeFalse();
        tooEarly.ShouldBe(0);
        later.ShouldBe(1);
        var message = (await engine.Store(s => s.FindOutboxMessageAsync(id, None)))!;
        message.Status.ShouldBe(OutboxStatus.Dispatched);
        message.Attempts.ShouldBe(2);
        engine.Probe.Delivered.Count.ShouldBe(1);
    }

    private static async Task<EngineHarness> ApprovedAsync()
    {
        var engine = new EngineHarness();
        await engine.ImportFileAsync("approval");
        await engine.StartAsync("approval", new JsonObject { ["amount"] = 10, ["caseId"] = "C" });
        var task = (await engine.OpenTasksAsync()).Single();
        await engine.Tasks(s => s.CompleteAsync(new(task.Id, 1, "op", "bob"), new JsonObject { ["decision"] = "approve" }, None));
        return engine;
    }
}
