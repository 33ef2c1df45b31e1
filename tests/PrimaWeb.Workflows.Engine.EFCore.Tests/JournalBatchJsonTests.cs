using PrimaWeb.Workflows.Engine.EFCore.Journal;
using PrimaWeb.Workflows.Engine.Journal;

namespace PrimaWeb.Workflows.Engine.EFCore.Tests;

/// <summary>The journal's persisted form: rows written by this release must stay readable by the next ones.</summary>
public sealed class JournalBatchJsonTests
{
    private const string GoldenV1 = """
        [{"id":"6f1c2d3e-0000-4000-8000-000000000001","sequence":1,"kind":"ActivityStarted","activityId":"review","activityType":"Core.HumanTask","actor":"alice","dataJson":"{\"taskType\":\"review\"}","at":"2026-03-02T08:00:00+00:00"},
         {"id":"6f1c2d3e-0000-4000-8000-000000000002","sequence":2,"kind":"ActivitySuspended","activityId":"review","activityType":"Core.HumanTask","actor":"alice","message":"HumanTask","at":"2026-03-02T08:00:00+00:00"}]
        """;

    [Fact]
    public void Read_GoldenV1Batch_GivesEveryLineWithTheBatchsInstance()
    {
        var instanceId = Guid.NewGuid();

        var lines = JournalBatchJson.Read(new JournalBatch { InstanceId = instanceId, LinesJson = GoldenV1 }).ToList();

        lines.Select(l => l.Kind).ShouldBe([JournalEventKind.ActivityStarted, JournalEventKind.ActivitySuspended]);
        lines.ShouldAllBe(l => l.InstanceId == instanceId && l.ActivityId == "review" && l.Actor == "alice");
        lines[0].DataJson.ShouldBe("""{"taskType":"review"}""");
        lines[1].Message.ShouldBe("HumanTask");
        lines[1].At.ShouldBe(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Write_Line_OmitsAbsentFieldsAndNamesTheKind()
    {
        var entry = new JournalEntry { Id = Guid.Empty, Sequence = 3, Kind = JournalEventKind.InstanceCompleted, At = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero) };

        JournalBatchJson.Write([entry]).ShouldBe("""[{"id":"00000000-0000-0000-0000-000000000000","sequence":3,"kind":"InstanceCompleted","at":"2026-03-02T08:00:00+00:00"}]""");
    }
}
